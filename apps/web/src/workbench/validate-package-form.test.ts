import { NARRATIVE_TITLE_MAX_LENGTH } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { validatePackageForm } from './validate-package-form';

describe('the create-package form', () => {
  it('asks for a title and a name, with the limits the API applies', () => {
    expect(validatePackageForm({ title: 'SES, DOE 2025', candidateName: 'Pat Lee' })).toEqual({});
    expect(validatePackageForm({ title: '   ', candidateName: '' })).toEqual({
      title: 'Enter a title for the package.',
      candidateName: 'Enter the candidate’s name, as it should appear on every page.',
    });
    const tooLong = 'x'.repeat(NARRATIVE_TITLE_MAX_LENGTH + 1);
    expect(validatePackageForm({ title: tooLong, candidateName: tooLong })).toEqual({
      title: `The title must be ${NARRATIVE_TITLE_MAX_LENGTH} characters or fewer.`,
      candidateName: 'The name must be 200 characters or fewer.',
    });
    // Trimmed first, as the API does: surrounding spaces do not count against the limit.
    expect(validatePackageForm({ title: ` ${'x'.repeat(NARRATIVE_TITLE_MAX_LENGTH)} `, candidateName: 'Pat' })).toEqual({});
  });
});
