import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

export const APP_NAME = 'ECQ Workbench';

/**
 * A page: its document title and its h1. After a navigation inside the app (not on the first load, where
 * the skip link should come first) focus moves to the h1, so a screen reader announces the new page; it
 * moves again when the title changes, e.g. from "Loading…" to the model's name. Scrolling is left to the
 * router's scroll restoration (top of a new page, the old position on Back).
 */
export function Page(props: {
  readonly title: string;
  /** The h1 when it should differ from the document title (the home page's h1 is the product name). */
  readonly heading?: string;
  readonly children?: ReactNode;
}) {
  const { title, children } = props;
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isInitialLocation = location.key === 'default';
  useEffect(() => {
    if (!isInitialLocation) headingRef.current?.focus({ preventScroll: true });
  }, [location.pathname, title, isInitialLocation]);
  return (
    <>
      <title>{`${title} | ${APP_NAME}`}</title>
      <h1 ref={headingRef} tabIndex={-1} className="ecq-page-title">
        {props.heading ?? title}
      </h1>
      {children}
    </>
  );
}
