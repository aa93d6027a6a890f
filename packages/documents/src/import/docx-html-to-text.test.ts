import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from './docx-html-to-text';

describe('docxHtmlToText (mammoth HTML → analyzer lines)', () => {
  it('puts headings and paragraphs on lines of their own with a blank line between', () => {
    expect(docxHtmlToText('<h1>ECQ 1: Leading Change</h1><p>Challenge: <strong>the</strong> <em>backlog</em>.</p><h2>Example 2</h2><p>Text.</p>')).toBe(
      'ECQ 1: Leading Change\n\nChallenge: the backlog.\n\nExample 2\n\nText.',
    );
  });

  it('writes bullets as "• " lines, numbered items as "1. " lines, nested items indented, lists set off from each other', () => {
    const html = '<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul><ol><li>x</li><li>y<ol><li>z</li></ol></li></ol><p>after</p>';
    expect(docxHtmlToText(html)).toBe('• a\n  • b\n  • c\n• d\n\n1. x\n2. y\n  1. z\n\nafter');
  });

  it('flattens a table to one line a row, cells tab-separated, paragraphs and nested tables inside a cell joined by spaces', () => {
    const html = '<p>before</p><table><tr><th><p>ECQ 1</p></th><td><p>Leading</p><p>Change</p></td></tr>' +
      '<tr><td><p>A</p></td><td><table><tr><td><p>x</p></td><td><p>y</p></td></tr></table></td></tr><tr><td></td><td></td></tr></table><p>after</p>';
    expect(docxHtmlToText(html)).toBe('before\n\nECQ 1\tLeading Change\nA\tx y\n\nafter');
  });

  it('keeps line breaks, drops images and footnote back links, and decodes the entities mammoth writes', () => {
    const html = '<p>one<br />two<img src="" alt="chart" /></p><p>A &amp; B &lt;C&gt; &quot;q&quot; &#x2019;s &#8212;</p>' +
      '<p>Claim<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      '<ol><li id="footnote-1"><p>Source: agency data. <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="footnote-2"><p>See <a href="https://opm.gov">OPM</a>. <a href="#footnote-ref-2">↑</a></p></li></ol>';
    expect(docxHtmlToText(html)).toBe('one\ntwo\n\nA & B <C> "q" ’s —\n\nClaim[1]\n\n1. Source: agency data.\n2. See OPM.');
  });

  it('gives nothing for nothing', () => {
    expect(docxHtmlToText('')).toBe('');
    expect(docxHtmlToText('<p></p><ul><li></li></ul><table><tr><td></td></tr></table>')).toBe('');
  });
});
