/** What the editor's helpers insert: a CCAR label at the start of a paragraph, or an ECQ heading on its own line. */
export type TSnippet = { readonly kind: 'label'; readonly text: string } | { readonly kind: 'heading'; readonly text: string };

export interface TInsertResult {
  readonly text: string;
  /** Where the caret goes: right after what was inserted, ready to type. */
  readonly caret: number;
}

/**
 * Inserts a helper's snippet at the cursor (`at`, the selection's start) without removing anything: a
 * selection is kept and pushed along, since nothing typed may be lost. A label starts its own paragraph
 * ("Challenge: " after a blank line unless the cursor already begins one); a heading stands on its own line
 * with a blank line after it.
 */
export function insertSnippet(text: string, at: number, snippet: TSnippet): TInsertResult {
  const cursor = Math.max(0, Math.min(at, text.length));
  const before = text.slice(0, cursor);
  const after = text.slice(cursor);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const body = snippet.kind === 'label' ? `${snippet.text} ` : `${snippet.text}\n\n`;
  const inserted = `${lead}${body}`;
  return { text: `${before}${inserted}${after}`, caret: cursor + inserted.length };
}
