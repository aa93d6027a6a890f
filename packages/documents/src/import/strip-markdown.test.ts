import { describe, expect, it } from 'vitest';
import { stripInline, stripMarkdown } from './strip-markdown';

describe('stripMarkdown', () => {
  it('removes emphasis markers but not the asterisks and underscores of ordinary text', () => {
    expect(stripInline('**bold**, __under__, *it*, _it_, ***both*** and ~~gone~~')).toBe('bold, under, it, it, both and gone');
    expect(stripInline('2*3*4, 5 * 3 * 2, snake_case_name')).toBe('2*3*4, 5 * 3 * 2, snake_case_name');
    expect(stripInline('\\*not emphasis\\*, \\_kept\\_ and a \\# sign')).toBe('*not emphasis*, _kept_ and a # sign');
  });

  it('keeps the words of links, images, autolinks and code spans', () => {
    expect(stripInline('[OPM guide](https://opm.gov/ses "t"), ![logo](a.png), [ref][1], <https://x.gov>, `GS-15`, line<br>break')).toBe(
      'OPM guide, logo, ref, https://x.gov, GS-15, line break',
    );
  });

  it('reads headings in both dresses, drops rules and link definitions, keeps ordered numbering and indentation', () => {
    expect(stripMarkdown('# ECQ 1 #\nBody\n\nECQ 2\n---\n\n***\n[1]: https://opm.gov\n3. Third\n    code stays')).toBe(
      'ECQ 1\nBody\n\nECQ 2\n\n\n3. Third\n    code stays',
    );
  });
});
