import { NARRATIVE_CANDIDATE_NAME_MAX_LENGTH, NARRATIVE_TITLE_MAX_LENGTH, ZCandidateName, ZNarrativeTitle } from '@ecq/core';

/** The create form's fields, named as the API names them (so its `field` errors land on the right input). */
export const PACKAGE_FORM_FIELDS = ['title', 'candidateName', 'modelId'] as const;
export type TPackageFormErrors = Partial<Record<(typeof PACKAGE_FORM_FIELDS)[number], string>>;

/**
 * The create form's own check before anything is sent, with the schemas the API validates the request with
 * (core ZNarrativeTitle, ZCandidateName: trimmed, 1 to 200 characters), worded for a person.
 */
export function validatePackageForm(values: { readonly title: string; readonly candidateName: string }): TPackageFormErrors {
  const errors: TPackageFormErrors = {};
  if (!ZNarrativeTitle.safeParse(values.title).success) {
    errors.title = values.title.trim() === '' ? 'Enter a title for the package.' : `The title must be ${NARRATIVE_TITLE_MAX_LENGTH} characters or fewer.`;
  }
  if (!ZCandidateName.safeParse(values.candidateName).success) {
    errors.candidateName =
      values.candidateName.trim() === ''
        ? 'Enter the candidate’s name, as it should appear on every page.'
        : `The name must be ${NARRATIVE_CANDIDATE_NAME_MAX_LENGTH} characters or fewer.`;
  }
  return errors;
}
