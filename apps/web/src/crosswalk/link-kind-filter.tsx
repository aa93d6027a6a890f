import type { TCrosswalkLinkKind } from '../api/wire-types';
import { LINK_KIND_INFO, LINK_KINDS } from './link-kinds';

/** A short sample of a kind's line style, so the checkboxes double as the diagram's legend. */
function LineSample({ kind }: { readonly kind: TCrosswalkLinkKind }) {
  return (
    <svg className={`ecq-line-sample ecq-link ecq-link--${kind}`} viewBox="0 0 40 12" aria-hidden="true" focusable="false">
      <path d="M 2 6 H 38" />
    </svg>
  );
}

/** Checkboxes, one per kind of link with its count, that filter the diagram and the table together. */
export function LinkKindFilter(props: {
  readonly shown: ReadonlySet<TCrosswalkLinkKind>;
  readonly counts: Readonly<Record<TCrosswalkLinkKind, number>>;
  readonly onChange: (shown: ReadonlySet<TCrosswalkLinkKind>) => void;
}) {
  const { shown, counts, onChange } = props;
  const toggle = (kind: TCrosswalkLinkKind) => {
    const next = new Set(shown);
    if (!next.delete(kind)) next.add(kind);
    onChange(next);
  };
  return (
    <fieldset className="usa-fieldset ecq-kind-filter">
      <legend className="usa-legend usa-legend--large">Show links that are</legend>
      <div className="ecq-kind-filter__options">
        {LINK_KINDS.map((kind) => (
          <div key={kind} className="usa-checkbox">
            <input
              className="usa-checkbox__input usa-checkbox__input--tile"
              id={`kind-${kind}`}
              type="checkbox"
              name="kind"
              value={kind}
              checked={shown.has(kind)}
              onChange={() => toggle(kind)}
            />
            <label className="usa-checkbox__label" htmlFor={`kind-${kind}`}>
              <LineSample kind={kind} /> {LINK_KIND_INFO[kind].label} ({counts[kind]})
              <span className="usa-checkbox__label-description">{LINK_KIND_INFO[kind].description}</span>
            </label>
          </div>
        ))}
      </div>
      <div className="ecq-kind-filter__actions">
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => onChange(new Set(LINK_KINDS))}>
          Select all
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => onChange(new Set())}>
          Clear all
        </button>
      </div>
    </fieldset>
  );
}
