import { describe, expect, it } from 'vitest';
import { insertSnippet } from './insert-snippet';

describe('the editor helpers insert at the cursor', () => {
  it('starts a CCAR label on a paragraph of its own and leaves the caret after it', () => {
    expect(insertSnippet('', 0, { kind: 'label', text: 'Challenge:' })).toEqual({ text: 'Challenge: ', caret: 11 });
    const mid = insertSnippet('I led the team.', 15, { kind: 'label', text: 'Result:' });
    expect(mid.text).toBe('I led the team.\n\nResult: ');
    expect(mid.caret).toBe(mid.text.length);
    expect(insertSnippet('Line one\n', 9, { kind: 'label', text: 'Action:' }).text).toBe('Line one\n\nAction: ');
    expect(insertSnippet('One\n\nTwo', 5, { kind: 'label', text: 'Context:' }).text).toBe('One\n\nContext: Two');
  });

  it('puts an ECQ heading on its own line, and never removes text (a selection is pushed along)', () => {
    const result = insertSnippet('Intro text that stays', 6, { kind: 'heading', text: 'ECQ 1: Leading Change' });
    expect(result.text).toBe('Intro \n\nECQ 1: Leading Change\n\ntext that stays');
    expect(result.text.slice(result.caret)).toBe('text that stays');
    expect(insertSnippet('abc', 99, { kind: 'heading', text: 'H' }).text).toBe('abc\n\nH\n\n');
  });
});
