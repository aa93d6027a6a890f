import { useId } from 'react';
import type { TCrosswalkLinkKind } from '../api/wire-types';
import { DIAGRAM, type TDiagramLayout, type TDiagramRow } from './layout-crosswalk';
import { LINK_KIND_INFO, LINK_KINDS } from './link-kinds';

/**
 * The crosswalk drawn as two columns joined by lines, one style per kind of link. It is one image to
 * assistive technology (role="img" with a title and a description that says what is shown); the lines and
 * boxes inside are decorative, and the table next to it carries the same links as data.
 */
export function CrosswalkDiagram(props: {
  readonly layout: TDiagramLayout;
  readonly fromTitle: string;
  readonly toTitle: string;
  readonly shownKinds: ReadonlySet<TCrosswalkLinkKind>;
  readonly counts: Readonly<Record<TCrosswalkLinkKind, number>>;
}) {
  const { layout, shownKinds } = props;
  const titleId = useId();
  const descriptionId = useId();
  const shownLinks = layout.links.filter((link) => shownKinds.has(link.kind));
  const linkedIds = new Set(shownLinks.flatMap((link) => [link.fromId, link.toId].filter((id): id is string => id !== undefined)));
  const shownText = LINK_KINDS.filter((kind) => shownKinds.has(kind))
    .map((kind) => `${LINK_KIND_INFO[kind].label.toLowerCase()} (${props.counts[kind]})`)
    .join(', ');
  const rightX = DIAGRAM.columnWidth + DIAGRAM.gutter;

  return (
    <svg
      className="ecq-crosswalk-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
      data-testid="crosswalk-diagram"
    >
      <title id={titleId}>{`Diagram of the crosswalk from ${props.fromTitle} to ${props.toTitle}`}</title>
      <desc id={descriptionId}>
        {shownLinks.length === 0
          ? 'No links are shown. The table below lists the links of the kinds you choose.'
          : `Lines join ${props.fromTitle} items on the left to ${props.toTitle} items on the right. Showing ${shownLinks.length} links: ${shownText}. The table below lists the same links.`}
      </desc>
      <g aria-hidden="true">
        <text className="ecq-diagram__heading" x={0} y={20}>
          {props.fromTitle}
        </text>
        <text className="ecq-diagram__heading" x={rightX} y={20}>
          {props.toTitle}
        </text>
        <g className="ecq-diagram__links">
          {shownLinks.map((link) => (
            <g key={link.id} className={`ecq-link ecq-link--${link.kind}`} data-kind={link.kind}>
              <path d={link.d} />
              {link.open === undefined ? null : link.kind === 'removed' ? (
                <path className="ecq-link__end" d={`M ${link.open.x - 5} ${link.open.y - 5} l 10 10 M ${link.open.x - 5} ${link.open.y + 5} l 10 -10`} />
              ) : (
                <circle className="ecq-link__start" cx={link.open.x} cy={link.open.y} r={4} />
              )}
            </g>
          ))}
        </g>
        <DiagramColumn column="from" rows={layout.left} x={0} linkedIds={linkedIds} />
        <DiagramColumn column="to" rows={layout.right} x={rightX} linkedIds={linkedIds} />
      </g>
    </svg>
  );
}

function DiagramColumn(props: {
  readonly column: 'from' | 'to';
  readonly rows: readonly TDiagramRow[];
  readonly x: number;
  readonly linkedIds: ReadonlySet<string>;
}) {
  const height = DIAGRAM.rowHeight - 4;
  return (
    <g data-column={props.column}>
      {props.rows.map((row) => (
        <g
          key={row.item.id}
          className={`ecq-diagram__item ecq-diagram__item--${row.item.kind}${props.linkedIds.has(row.item.id) ? '' : ' is-dimmed'}`}
        >
          <rect x={props.x} y={row.y - height / 2} width={DIAGRAM.columnWidth} height={height} rx={3} />
          <text x={props.x + (row.item.kind === 'sub' ? 24 : 8)} y={row.y} dominantBaseline="central">
            {row.label}
          </text>
        </g>
      ))}
    </g>
  );
}
