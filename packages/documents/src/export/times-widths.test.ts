import { glyphWidth, isWinAnsi, measureTextWidth, type TLayoutFont, WIN_ANSI_RANGES } from '@ecq/core';
import { Encodings } from '@pdf-lib/standard-fonts';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';

/** Every code point of core's WinAnsi table. */
const CODE_POINTS = WIN_ANSI_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k));

describe("core's Times widths are pdf-lib's", () => {
  const fonts = {} as Record<TLayoutFont, PDFFont>;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    fonts.regular = await doc.embedFont(StandardFonts.TimesRoman);
    fonts.bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  });

  it('covers exactly the code points pdf-lib can encode in WinAnsi', () => {
    expect(CODE_POINTS).toEqual([...Encodings.WinAnsi.supportedCodePoints].sort((a, b) => a - b));
    expect(CODE_POINTS.every(isWinAnsi)).toBe(true);
  });

  it.each(['regular', 'bold'] as const)('gives every WinAnsi character its pdf-lib width in %s', (font) => {
    // At 1000 points pdf-lib's width is the AFM width itself, so the comparison is exact.
    const mismatches = CODE_POINTS.filter((cp) => glyphWidth(cp, font) !== fonts[font].widthOfTextAtSize(String.fromCodePoint(cp), 1000));
    expect(mismatches).toEqual([]);
    const sample = 'The Director\u2019s plan cut costs 12% (€4.1M) \u2014 “fast”.';
    const unkerned = [...sample].reduce((sum, ch) => sum + fonts[font].widthOfTextAtSize(ch, 12), 0);
    expect(measureTextWidth(sample, font, 12)).toBeCloseTo(unkerned, 9);
  });
});
