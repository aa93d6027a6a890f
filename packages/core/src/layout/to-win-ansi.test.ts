import { describe, expect, it } from 'vitest';
import { glyphWidth, measureTextWidth } from './measure-text';
import { TIMES_BOLD_WIDTHS, TIMES_ROMAN_WIDTHS, WIN_ANSI_RANGES } from './times-widths';
import { isWinAnsi, toWinAnsi, winAnsiOf } from './to-win-ansi';

describe('toWinAnsi', () => {
  it('keeps what the standard fonts can show', () => {
    const text = 'Résumé: “quoted” — ‘single’ … €5, 50%, naïve Œuvre ™ • Ž';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('substitutes "?" for characters outside WinAnsi, one per code point, lone surrogates included', () => {
    expect(toWinAnsi('Team 🚀 won 中文 ✓ \ud800!')).toBe('Team ? won ?? ? ?!');
  });

  it('uses look-alikes for Unicode dashes, bullets, primes and ligatures', () => {
    expect(toWinAnsi('co\u2011chair \u2212 5\u2032 \u25cf item \uf0b7 item \ufb01le \u2264 3')).toBe("co-chair - 5' \u2022 item \u2022 item file <= 3");
  });

  it('turns spaces and line breaks into one plain space each, keeps no-break spaces, drops invisible characters', () => {
    expect(toWinAnsi('a\tb\u2003c\nd\u00a0e\u202ff')).toBe('a b c d\u00a0e\u00a0f');
    expect(toWinAnsi('co\u00adoperate\u200b\u200d\ufeff\u0007\u{1f3fd}\ufe0f')).toBe('cooperate');
  });

  it('composes a combining accent with the letter before it when WinAnsi has the pair, "?" otherwise', () => {
    expect(toWinAnsi('cafe\u0301 A\u030a n\u0303')).toBe('café Å ñ');
    expect(toWinAnsi('q\u0301 \u0301')).toBe('q? ?');
  });

  it('maps each code point on its own and never throws', () => {
    for (let cp = 0; cp < 0x3000; cp++) expect(typeof winAnsiOf(cp)).toBe('string');
    expect(winAnsiOf(0x1f600)).toBe('?');
  });
});

describe('the Times width table', () => {
  it('has one width per WinAnsi code point in each face (218), the substitute width for anything else', () => {
    const count = WIN_ANSI_RANGES.reduce((n, [first, last]) => n + last - first + 1, 0);
    expect(count).toBe(218);
    expect(TIMES_ROMAN_WIDTHS).toHaveLength(count);
    expect(TIMES_BOLD_WIDTHS).toHaveLength(count);
    expect(isWinAnsi(0x20ac)).toBe(true);
    expect([glyphWidth(0x20, 'regular'), glyphWidth(0x6e, 'regular'), glyphWidth(0x6d, 'bold')]).toEqual([250, 500, 833]);
    expect(glyphWidth(0x4e2d, 'regular')).toBe(glyphWidth(0x3f, 'regular'));
    expect(glyphWidth(0x4e2d, 'bold')).toBe(glyphWidth(0x3f, 'bold'));
    expect(measureTextWidth('中', 'regular', 12)).toBe(measureTextWidth('?', 'regular', 12));
  });
});
