/** `1 ECQ`, `5 ECQs`, `1 sub-competency`, `25 sub-competencies`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * Wraps prose at word boundaries for notes printed under a table; words longer than the width stay whole.
 * Returns the lines joined with newlines, without a trailing newline.
 */
export function wrapText(text: string, width = 100, indent = ''): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (current.length > 0 && indent.length + current.length + 1 + word.length > width) {
      lines.push(indent + current);
      current = word;
    } else {
      current = current.length > 0 ? `${current} ${word}` : word;
    }
  }
  if (current.length > 0) lines.push(indent + current);
  return lines.join('\n');
}
