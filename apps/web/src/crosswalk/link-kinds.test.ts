import { describe, expect, it } from 'vitest';
import { formatShownKinds, LINK_KINDS, parseShownKinds } from './link-kinds';

describe('the ?show= filter of the crosswalk', () => {
  it('shows every kind when absent and none when empty', () => {
    expect([...parseShownKinds(null)]).toEqual(LINK_KINDS);
    expect(parseShownKinds('').size).toBe(0);
  });

  it('ignores unknown kinds and round-trips a selection in the filters’ order', () => {
    const shown = parseShownKinds('removed,bogus,renamed');
    expect([...shown].sort()).toEqual(['removed', 'renamed']);
    expect(formatShownKinds(shown)).toBe('renamed,removed');
    expect(formatShownKinds(new Set(LINK_KINDS))).toBeNull();
  });
});
