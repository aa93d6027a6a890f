import { describe, expect, it } from 'vitest';
import type { TCrosswalkItem, TCrosswalkLink } from '../api/wire-types';
import { DIAGRAM, layoutCrosswalk } from './layout-crosswalk';

const item = (id: string, kind: TCrosswalkItem['kind'] = 'sub', name = `Item ${id}`): TCrosswalkItem => ({ id, code: id, kind, name });
const link = (id: string, kind: TCrosswalkLink['kind'], from: TCrosswalkItem | null, to: TCrosswalkItem | null): TCrosswalkLink => ({
  id,
  kind,
  from,
  to,
  confidence: 'high',
  note: null,
});

const A = item('A', 'ecq');
const A1 = item('A.1');
const A2 = item('A.2');
const B = item('B', 'ecq');
const B1 = item('B.1');
const F1 = item('F.1', 'fundamental');
const NEW_B2 = item('B.2');

describe('layoutCrosswalk', () => {
  const crosswalk = {
    links: [
      link('l1', 'same', A, A),
      link('l2', 'moved', A1, B1),
      link('l3', 'renamed', A2, item('A.1')),
      link('l4', 'same', B, B),
      link('l5', 'removed', F1, null),
      link('l6', 'new', null, NEW_B2),
    ],
    newItems: [NEW_B2],
  };

  it('puts each column in its model order, each item once', () => {
    const layout = layoutCrosswalk(crosswalk, { from: ['A', 'A.1', 'A.2', 'B', 'F.1'], to: ['A', 'A.1', 'B', 'B.1', 'B.2'] });
    expect(layout.left.map((row) => row.item.id)).toEqual(['A', 'A.1', 'A.2', 'B', 'F.1']);
    expect(layout.right.map((row) => row.item.id)).toEqual(['A', 'A.1', 'B', 'B.1', 'B.2']);
  });

  it('leaves a gap before each ECQ and before the fundamentals', () => {
    const layout = layoutCrosswalk(crosswalk, { from: [], to: [] });
    const ys = layout.left.map((row) => row.y);
    const steps = ys.slice(1).map((y, i) => y - (ys[i] ?? 0));
    expect(steps).toEqual([DIAGRAM.rowHeight, DIAGRAM.rowHeight, DIAGRAM.rowHeight + DIAGRAM.groupGap, DIAGRAM.rowHeight + DIAGRAM.groupGap]);
  });

  it('draws a curve between columns, a stub out of a removed item and into a new one', () => {
    const layout = layoutCrosswalk(crosswalk, { from: [], to: [] });
    const byId = new Map(layout.links.map((l) => [l.id, l]));
    const right = DIAGRAM.columnWidth + DIAGRAM.gutter;
    expect(byId.get('l2')?.d).toMatch(new RegExp(`^M ${DIAGRAM.columnWidth} [\\d.]+ C .* ${right} [\\d.]+$`));
    expect(byId.get('l5')?.open).toEqual({ x: DIAGRAM.columnWidth + DIAGRAM.stubLength, y: layout.left.at(-1)?.y });
    expect(byId.get('l6')?.open).toEqual({ x: right - DIAGRAM.stubLength, y: layout.right.at(-1)?.y });
    expect(layout.links).toHaveLength(crosswalk.links.length);
    expect(layout.width).toBe(DIAGRAM.columnWidth * 2 + DIAGRAM.gutter);
  });

  it('shortens long labels with an ellipsis', () => {
    const long = item('X.1', 'sub', 'A very long competency name that goes on and on');
    const layout = layoutCrosswalk({ links: [link('l', 'removed', long, null)], newItems: [] }, { from: [], to: [] });
    const label = layout.left[0]?.label ?? '';
    expect(label.length).toBeLessThanOrEqual(DIAGRAM.maxLabelLength);
    expect(label.endsWith('…')).toBe(true);
  });
});
