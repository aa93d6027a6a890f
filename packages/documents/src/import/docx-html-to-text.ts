/**
 * Mammoth's HTML as the plain text the analyzer reads (issue 4 part 2). Not a general HTML reader: mammoth
 * writes well-formed tags with double-quoted attributes and escapes only `& < > "`, and this reads exactly
 * that.
 *
 * Paragraphs and headings become lines with a blank line between them; list items become "• " lines (or
 * "1. " in numbered lists), two spaces of indent per nesting level, one after another; each table row becomes
 * one line of tab-separated cells, the paragraphs of a cell joined by spaces; line breaks stay; images go;
 * footnotes stay at the end without their "↑" back links.
 */
export function docxHtmlToText(html: string): string {
  const out = new TextBuilder();
  const lists: { ordered: boolean; next: number }[] = [];
  /** Open tables: the cells of the current row, and the cell being written. */
  const tables: { cells: string[]; cell: string | undefined }[] = [];
  /** Open links, true for footnote back links ("↑"), whose text is skipped. */
  const links: boolean[] = [];
  let skipDepth = 0;
  let line: string | undefined;
  /** A list item's indent and marker, written only if the item has text. */
  let prefix = '';
  let lineKind: TBlockKind = 'paragraph';

  const write = (text: string): void => {
    if (skipDepth > 0) return;
    const table = tables[tables.length - 1];
    if (table?.cell !== undefined) table.cell += text;
    else line = (line ?? '') + text;
  };
  const flush = (): void => {
    if (line !== undefined && line.trim().length > 0) out.block(prefix + line.trimStart(), lineKind);
    line = undefined;
    prefix = '';
  };
  const openBlock = (kind: TBlockKind): void => {
    const table = tables[tables.length - 1];
    if (table?.cell !== undefined) {
      if (table.cell.length > 0) table.cell += ' ';
      return;
    }
    flush();
    lineKind = kind;
    line = '';
  };

  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      write(decodeEntities(token.text));
      continue;
    }
    const { name, isClosing, isSelfClosing, attributes } = token;
    if (isSelfClosing) {
      if (name === 'br') write('\n');
      continue;
    }
    if (name === 'a') {
      const isBackLink = isClosing ? links.pop() === true : /^#(?:footnote|endnote)-ref-/.test(attributes.href ?? '');
      if (!isClosing) links.push(isBackLink);
      if (isBackLink) skipDepth += isClosing ? -1 : 1;
      continue;
    }
    switch (name) {
      case 'p':
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (isClosing) {
          if (tables[tables.length - 1]?.cell === undefined && lists.length === 0) flush();
        } else if (lists.length > 0 && line !== undefined && tables[tables.length - 1]?.cell === undefined) {
          // A paragraph inside a list item continues the item's line.
          if (line.length > 0 && !/\s$/.test(line)) write(' ');
        } else {
          openBlock(name === 'p' ? 'paragraph' : 'heading');
        }
        break;
      case 'ul':
      case 'ol':
        if (isClosing) {
          flush();
          lists.pop();
          if (lists.length === 0) out.endGroup();
        } else {
          flush();
          lists.push({ ordered: name === 'ol', next: 1 });
        }
        break;
      case 'li': {
        if (isClosing) {
          flush();
          break;
        }
        const list = lists[lists.length - 1];
        const table = tables[tables.length - 1];
        if (table?.cell !== undefined) {
          if (table.cell.length > 0) write(' ');
          break;
        }
        flush();
        lineKind = 'item';
        const marker = list?.ordered ? `${list.next++}. ` : '• ';
        prefix = `${'  '.repeat(Math.max(0, lists.length - 1))}${marker}`;
        line = '';
        break;
      }
      case 'table':
        if (isClosing) {
          tables.pop();
          if (tables.length === 0) out.endGroup();
        } else if (tables.length === 0) {
          flush();
          tables.push({ cells: [], cell: undefined });
        } else {
          // A table inside a cell is flattened into that cell.
          tables.push({ cells: [], cell: undefined });
        }
        break;
      case 'tr': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (isClosing) {
          const row = table.cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t');
          table.cells = [];
          if (tables.length === 1) {
            if (row.trim().length > 0) out.block(row, 'row');
          } else {
            const outer = tables[tables.length - 2]!;
            if (outer.cell !== undefined) outer.cell += (outer.cell.length > 0 ? ' ' : '') + row.replace(/\t/g, ' ');
          }
        }
        break;
      }
      case 'td':
      case 'th': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (isClosing) {
          table.cells.push(table.cell ?? '');
          table.cell = undefined;
        } else {
          table.cell = '';
        }
        break;
      }
      default:
        break;
    }
  }
  flush();
  return out.toString();
}

type TBlockKind = 'paragraph' | 'heading' | 'item' | 'row';

/** Joins blocks: list items and table rows one after another, everything else with a blank line between. */
class TextBuilder {
  private readonly parts: string[] = [];
  private last: TBlockKind | undefined;

  block(text: string, kind: TBlockKind): void {
    if (this.last !== undefined) this.parts.push(kind === this.last && (kind === 'item' || kind === 'row') ? '\n' : '\n\n');
    // Spaces around a line break go (the first line keeps its indent); split, not a regex, to stay linear.
    this.parts.push(text.split('\n').map((l, i) => (i === 0 ? l.trimEnd() : l.trim())).join('\n').trimEnd());
    this.last = kind;
  }

  /** Ends a list or a table: whatever comes next is set off by a blank line, even another list. */
  endGroup(): void {
    if (this.last !== undefined) this.last = 'paragraph';
  }

  toString(): string {
    return this.parts.join('');
  }
}

type TToken =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'tag';
      readonly name: string;
      readonly isClosing: boolean;
      readonly isSelfClosing: boolean;
      readonly attributes: Readonly<Record<string, string>>;
    };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=>/]+)="([^"]*)"/g;

function* tokenize(html: string): Generator<TToken> {
  let at = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > at) yield { kind: 'text', text: html.slice(at, m.index) };
    const attributes: Record<string, string> = {};
    for (const a of m[3]!.matchAll(ATTRIBUTE)) attributes[a[1]!] = decodeEntities(a[2]!);
    yield { kind: 'tag', name: m[2]!.toLowerCase(), isClosing: m[1] === '/', isSelfClosing: m[4] === '/', attributes };
    at = m.index + m[0].length;
  }
  if (at < html.length) yield { kind: 'text', text: html.slice(at) };
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
