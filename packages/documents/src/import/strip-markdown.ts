/** An ATX heading line: `## ECQ 1: Leading Change`. */
export const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;

const ATX_OPEN = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const QUOTE = /^( {0,3}>[ \t]?)+/;
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]+\S+/;
/** Characters markdown lets a writer escape with a backslash. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
/** Escaped characters wait in this private-use block while emphasis is stripped, then come back. */
const HOLD = 0xe000;

/**
 * Turns markdown into the plain text the analyzer reads (issue 4 part 2): headings become lines of their own
 * without `#` (setext underlines dropped), bullets become "• " lines (task boxes dropped), numbered items and
 * indentation stay, quote markers and rules go, tables become one row a line with tab-separated cells, code
 * fences go and their lines stay; inside lines, emphasis markers, link and image syntax, code ticks and
 * backslash escapes are removed, keeping the words.
 */
export function stripMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let inTable = false;
  /** Whether the line before was paragraph text, which a `===` or `---` line underneath makes a heading. */
  let afterText = false;
  lines.forEach((raw, i) => {
    const fenceMatch = FENCE.exec(raw);
    const wasAfterText = afterText;
    afterText = false;
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      else out.push(raw);
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      return;
    }
    let line = raw.replace(QUOTE, '');
    if (line.trim().length === 0) {
      inTable = false;
      out.push('');
      return;
    }
    if (LINK_DEFINITION.test(line)) return;
    if (TABLE_SEPARATOR.test(line) && line.includes('|')) {
      inTable = true;
      return;
    }
    if (SETEXT.test(line) && wasAfterText) return;
    if (RULE.test(line)) {
      out.push('');
      return;
    }
    const next = lines[i + 1];
    if (inTable || (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next.replace(QUOTE, '')))) {
      out.push(tableRow(line));
      return;
    }
    const heading = ATX_OPEN.exec(line);
    if (heading) line = atxText(line.slice(heading[0].length));
    else {
      line = line.replace(BULLET, (_m, indent: string) => `${indent}• `);
      afterText = true;
    }
    out.push(stripInline(line));
  });
  return out.join('\n');
}

/** A heading's text without its optional closing hashes ("ECQ 1 ##"). */
function atxText(rest: string): string {
  const text = rest.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length) return text;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end).trimEnd() : text;
}

function tableRow(line: string): string {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => stripInline(cell.trim())).join('\t');
}

/**
 * Emphasis, links, images, code spans and escapes inside one line. Every span is bounded (a few hundred
 * characters) so that a hostile line of openers without closers costs linear time, not quadratic; longer
 * spans keep their markers, which the analyzer tolerates.
 */
export function stripInline(line: string): string {
  return line
    .replace(ESCAPED, (_m, ch: string) => String.fromCharCode(HOLD + ch.charCodeAt(0)))
    .replace(/`{1,8}([^`]{1,500}?)`{1,8}/g, '$1')
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]{1,2000})>/gi, '$1')
    .replace(/<br\s{0,8}\/?>/gi, ' ')
    .replace(/(\*\*\*|\*\*|~~)(?=\S)(.{0,500}?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}_])(___|__)(?=\S)(.{0,500}?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
    .replace(/(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])(.{0,500}?[^\s*\\])\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])(.{0,500}?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - HOLD));
}
