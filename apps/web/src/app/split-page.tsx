import { useEffect, useState, type ComponentType } from 'react';
import type { TSession } from '../api/wire-types';
import { RequirePermission } from '../auth/require-permission';
import { Loading } from '../components/alert';
import { Page } from '../components/page';

/**
 * A page whose code is split off and fetched on first use (a dynamic import, as React.lazy does), so that a
 * part of the app never weighs on its first page. While it loads, the route shows a loading page of its own
 * rather than a Suspense fallback: React holds content back for 300 ms after a fallback has shown, which a
 * chunk from the cache would pay on every visit.
 */
export interface TSplitPage {
  /** Starts loading (once; again after a failure) and resolves to the page component. */
  readonly preload: () => Promise<ComponentType>;
  /** The page component, once loaded. */
  readonly loaded: () => ComponentType | undefined;
}

export function splitPage(load: () => Promise<ComponentType>): TSplitPage {
  let component: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  return {
    preload() {
      pending ??= load().then(
        (loaded) => (component = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => component,
  };
}

/**
 * A split page for the users `isAllowed` admits (the API enforces the same). Its code loads alongside the
 * session check; once it is in, the other pages of its `group` load too, so that moving between them is
 * instant. A chunk that fails to load is thrown to the route's error page.
 */
export function SplitPage(props: {
  readonly split: TSplitPage;
  readonly group: readonly TSplitPage[];
  readonly isAllowed: (session: TSession) => boolean;
  /** "the workbench", "the QRB pages": what the loading page says is loading. */
  readonly loadingWhat: string;
}) {
  const { split, group } = props;
  const [state, setState] = useState<{ readonly component?: ComponentType; readonly error?: unknown }>(() => {
    const component = split.loaded();
    return component === undefined ? {} : { component };
  });
  useEffect(() => {
    if (state.component !== undefined) {
      for (const page of group) page.preload().catch(() => undefined);
      return undefined;
    }
    let isCurrent = true;
    split.preload().then(
      (component) => isCurrent && setState({ component }),
      (error: unknown) => isCurrent && setState({ error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [split, group, state.component]);
  if (state.error !== undefined) throw state.error;
  const Component = state.component;
  return (
    <RequirePermission isAllowed={props.isAllowed}>
      {Component === undefined ? (
        <Page title={`Loading ${props.loadingWhat}`}>
          <Loading label={`Loading ${props.loadingWhat}`} />
        </Page>
      ) : (
        <Component />
      )}
    </RequirePermission>
  );
}
