import type { TCrosswalk, TCrosswalkItem, TCrosswalkLink } from '../api/wire-types';
import { CONFIDENCE_LABELS } from '../models/labels';
import { LINK_KIND_INFO } from './link-kinds';

function ItemCell({ item, absent }: { readonly item: TCrosswalkItem | null; readonly absent: string }) {
  if (item === null) return <span className="text-base-dark">{absent}</span>;
  return (
    <>
      <code>{item.code}</code> {item.name}
    </>
  );
}

/** The crosswalk's links as a data table: what a screen reader (or anyone) reads instead of the diagram. */
export function CrosswalkTable(props: {
  readonly crosswalk: TCrosswalk;
  readonly links: readonly TCrosswalkLink[];
}) {
  const { crosswalk, links } = props;
  const fromTitle = crosswalk.fromModel.title;
  const toTitle = crosswalk.toModel.title;
  return (
    <table className="usa-table usa-table--stacked width-full" data-testid="crosswalk-table">
      <caption>
        Links from {fromTitle} to {toTitle}: {links.length} of {crosswalk.links.length} shown
      </caption>
      <thead>
        <tr>
          <th scope="col">{fromTitle} item</th>
          <th scope="col">What became of it</th>
          <th scope="col">{toTitle} item</th>
          <th scope="col">Confidence</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {links.length === 0 ? (
          <tr>
            <td colSpan={5}>No links are shown. Choose one or more kinds of link above.</td>
          </tr>
        ) : (
          links.map((link) => (
            <tr key={link.id} data-kind={link.kind}>
              <th scope="row" data-label={`${fromTitle} item`}>
                <ItemCell item={link.from} absent={`Not in ${fromTitle}`} />
              </th>
              <td data-label="What became of it">
                <span className={`ecq-kind ecq-kind--${link.kind}`}>{LINK_KIND_INFO[link.kind].label}</span>
              </td>
              <td data-label={`${toTitle} item`}>
                <ItemCell item={link.to} absent={`Not in ${toTitle}`} />
              </td>
              <td data-label="Confidence">{CONFIDENCE_LABELS[link.confidence]}</td>
              <td data-label="Note">{link.note ?? ''}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
