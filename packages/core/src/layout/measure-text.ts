import { TIMES_BOLD_WIDTHS, TIMES_ROMAN_WIDTHS, WIN_ANSI_RANGES } from './times-widths';
import { toWinAnsi, WIN_ANSI_SUBSTITUTE } from './to-win-ansi';

/** The two faces of the layout: Times-Roman for the body, Times-Bold for ECQ headings. */
export const LAYOUT_FONTS = ['regular', 'bold'] as const;
export type TLayoutFont = (typeof LAYOUT_FONTS)[number];

/** Thousandths of an em per code point, for one face. */
interface TWidthTable {
  /** Latin-1 by index (0 = no width), the rest of WinAnsi by map. */
  readonly latin1: Uint16Array;
  readonly beyond: ReadonlyMap<number, number>;
  /** The width of {@link WIN_ANSI_SUBSTITUTE}: what a character without a width is measured as. */
  readonly fallback: number;
}

function widthTable(widths: readonly number[]): TWidthTable {
  const latin1 = new Uint16Array(256);
  const beyond = new Map<number, number>();
  let k = 0;
  for (const [first, last] of WIN_ANSI_RANGES) {
    for (let cp = first; cp <= last; cp++) {
      const width = widths[k++] ?? 0;
      if (cp < 256) latin1[cp] = width;
      else beyond.set(cp, width);
    }
  }
  return { latin1, beyond, fallback: latin1[WIN_ANSI_SUBSTITUTE.charCodeAt(0)] ?? 0 };
}

const TABLES: Readonly<Record<TLayoutFont, TWidthTable>> = {
  regular: widthTable(TIMES_ROMAN_WIDTHS),
  bold: widthTable(TIMES_BOLD_WIDTHS),
};

/**
 * The advance width of one code point in thousandths of an em: the standard Times AFM width (the metrics
 * every PDF viewer uses for the standard 14 fonts). A code point without a width (outside WinAnsi) measures
 * as the font's default, the width of the "?" it is drawn as.
 */
export function glyphWidth(codePoint: number, font: TLayoutFont): number {
  const table = TABLES[font];
  const width = codePoint < 256 ? table.latin1[codePoint] : table.beyond.get(codePoint);
  return width === undefined || width === 0 ? table.fallback : width;
}

/** The width of WinAnsi text (as {@link toWinAnsi} gives it) in thousandths of an em, without kerning, as PDF `Tj` draws it. */
export function widthUnits(winAnsiText: string, font: TLayoutFont): number {
  let units = 0;
  for (let i = 0; i < winAnsiText.length; i++) units += glyphWidth(winAnsiText.charCodeAt(i), font);
  return units;
}

/** The width in points of any text as drawn at `size` points: measured after {@link toWinAnsi}. */
export function measureTextWidth(text: string, font: TLayoutFont, size: number): number {
  return (widthUnits(toWinAnsi(text), font) * size) / 1000;
}
