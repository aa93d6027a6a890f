/**
 * Plain-text tables for the `ecq` command: a header row, a rule of dashes, then the rows, columns padded to
 * their widest cell and separated by two spaces. Trailing spaces are trimmed so output diffs cleanly.
 */
export interface TTableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

const GUTTER = '  ';

/** Display width of a cell, counted in code points (names are Latin text; `→` is one column). */
function widthOf(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A cell must stay on one line or the columns fall apart. */
function flatten(cell: string): string {
  return cell.replace(/\s*\n\s*/g, ' ');
}

/**
 * Formats rows under their column headers. Rows shorter than the header list are padded with empty cells.
 * Returns the table with a trailing newline.
 */
export function formatTable(columns: readonly TTableColumn[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((_, i) => flatten(row[i] ?? '')));
  const widths = columns.map((column, i) =>
    Math.max(widthOf(column.header), ...cells.map((row) => widthOf(row[i] ?? ''))),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join(GUTTER)
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n') + '\n';
}

/** Aligned `label  value` lines, for one record (a summary) rather than a list. */
export function formatFields(fields: readonly (readonly [label: string, value: string])[]): string {
  const width = Math.max(0, ...fields.map(([label]) => widthOf(label) + 1));
  return fields.map(([label, value]) => `${pad(`${label}:`, width, 'left')}  ${flatten(value)}`.trimEnd()).join('\n') + '\n';
}
