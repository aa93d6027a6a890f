import { describe, expect, test } from 'vitest';
import { formatFields, formatTable } from '../src/output/table';
import { formatJson } from '../src/output/json';
import { countOf, wrapText } from '../src/output/text';

describe('formatTable', () => {
  test('pads every column to its widest cell, with a rule under the headers and no trailing spaces', () => {
    const table = formatTable(
      [{ header: 'CODE' }, { header: 'NAME' }, { header: 'N', align: 'right' }],
      [
        ['LC', 'Leading Change', '6'],
        ['AOS.2', 'Managing Human Resources', '12'],
      ],
    );
    expect(table).toBe(
      [
        'CODE   NAME                       N',
        '-----  ------------------------  --',
        'LC     Leading Change             6',
        'AOS.2  Managing Human Resources  12',
        '',
      ].join('\n'),
    );
  });

  test('empty last cells leave no trailing spaces, missing cells count as empty, newlines are flattened', () => {
    const table = formatTable([{ header: 'A' }, { header: 'B' }], [['x'], ['y', 'two\nlines']]);
    for (const line of table.split('\n')) expect(line).toBe(line.trimEnd());
    expect(table).toContain('y  two lines');
  });

  test('counts code points, so an arrow takes one column', () => {
    const table = formatTable([{ header: 'X' }, { header: 'Y' }], [['a → b', '1'], ['abcde', '2']]);
    const [, , first, second] = table.split('\n');
    expect(first?.indexOf('1')).toBe(second?.indexOf('2'));
  });
});

describe('formatFields', () => {
  test('aligns values after their labels', () => {
    expect(formatFields([['kind', 'model'], ['CASE version', '1.1']])).toBe('kind:          model\nCASE version:  1.1\n');
  });
});

describe('text helpers', () => {
  test('countOf pluralizes', () => {
    expect(countOf(1, 'ECQ')).toBe('1 ECQ');
    expect(countOf(25, 'sub-competency', 'sub-competencies')).toBe('25 sub-competencies');
    expect(countOf(0, 'problem')).toBe('0 problems');
  });

  test('wrapText breaks at word boundaries within the width', () => {
    const wrapped = wrapText('one two three four five six seven', 10);
    expect(wrapped.split('\n')).toEqual(['one two', 'three four', 'five six', 'seven']);
  });

  test('formatJson uses a 2-space indent and ends with a newline', () => {
    expect(formatJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
