import type { ReactNode } from 'react';

/**
 * A striped table wider than a narrow screen: it scrolls sideways in a region named by its caption, which
 * the keyboard can reach (WCAG 2.1.1). Its head is `columns`, then, with `hasActions`, a last column of
 * buttons named for screen readers only; its rows are the children.
 */
export function ScrollableTable(props: {
  readonly id: string;
  readonly caption: ReactNode;
  readonly columns: readonly string[];
  readonly hasActions?: boolean;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  const captionId = `${props.id}-caption`;
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="usa-table usa-table--striped ecq-qrb-table" data-testid={props.testId}>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {props.hasActions === true ? (
              <th scope="col">
                <span className="usa-sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
