import { useState, type ReactNode } from 'react';

export interface TAccordionItem {
  readonly id: string;
  readonly heading: ReactNode;
  readonly content: ReactNode;
}

/**
 * A USWDS bordered accordion (several sections may be open at once) with "Expand all" and "Collapse all";
 * React holds which sections are open, so no USWDS script is needed.
 */
export function Accordion(props: {
  readonly items: readonly TAccordionItem[];
  readonly headingLevel: 2 | 3;
  readonly label: string;
  readonly initiallyOpen?: readonly string[];
}) {
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set(props.initiallyOpen ?? []));
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const toggle = (id: string) =>
    setOpenIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      <div className="ecq-accordion-controls" role="group" aria-label={`${props.label}: show or hide every section`}>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpenIds(new Set(props.items.map((item) => item.id)))}>
          Expand all
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpenIds(new Set())}>
          Collapse all
        </button>
      </div>
      <div className="usa-accordion usa-accordion--bordered usa-accordion--multiselectable" data-allow-multiple="">
        {props.items.map((item) => {
          const isOpen = openIds.has(item.id);
          const contentId = `accordion-${item.id}`;
          return (
            <div key={item.id}>
              <Heading className="usa-accordion__heading">
                <button
                  type="button"
                  className="usa-accordion__button"
                  aria-expanded={isOpen}
                  aria-controls={contentId}
                  onClick={() => toggle(item.id)}
                >
                  {item.heading}
                </button>
              </Heading>
              <div id={contentId} className="usa-accordion__content usa-prose" hidden={!isOpen}>
                {item.content}
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
