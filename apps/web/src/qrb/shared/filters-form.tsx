import type { ReactNode } from 'react';

/**
 * The filters above a list, in a row on wide screens: the controls are the children, and the list follows
 * them when they are applied (so that the list does not change under the keyboard as each is chosen).
 */
export function FiltersForm(props: { readonly label: string; readonly submitLabel: string; readonly onApply: () => void; readonly children: ReactNode }) {
  return (
    <form
      className="usa-form ecq-qrb-filters"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply();
      }}
    >
      {props.children}
      <div className="ecq-qrb-filters__actions">
        <button type="submit" className="usa-button">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
