import { useEffect, useState, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { canWriteNarratives } from '../auth/permissions';
import { RequirePermission } from '../auth/require-permission';
import { Loading } from '../components/alert';
import { Page } from '../components/page';

/**
 * A page whose code is split off and fetched on first use (a dynamic import, as React.lazy does), so that the
 * workbench, and core's analyzer, layout engine and models with it, never weigh on the app's first page.
 * While it loads, the route shows a loading page of its own rather than a Suspense fallback: React holds
 * content back for 300 ms after a fallback has shown, which a chunk from the cache would pay on every visit.
 */
interface TSplitPage {
  /** Starts loading (once; again after a failure) and resolves to the page component. */
  readonly preload: () => Promise<ComponentType>;
  /** The page component, once loaded. */
  readonly loaded: () => ComponentType | undefined;
}

function splitPage(load: () => Promise<ComponentType>): TSplitPage {
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

const NARRATIVES_PAGE = splitPage(async () => (await import('../workbench/narratives-page')).NarrativesPage);
const CREATE_PAGE = splitPage(async () => (await import('../workbench/create-narrative-page')).CreateNarrativePage);
const EDITOR_PAGE = splitPage(async () => (await import('../workbench/narrative-editor-page')).NarrativeEditorPage);
const VERSION_PAGE = splitPage(async () => (await import('../workbench/narrative-version-page')).NarrativeVersionPage);
const ALL_PAGES = [NARRATIVES_PAGE, EDITOR_PAGE, CREATE_PAGE, VERSION_PAGE];

/**
 * A workbench page: for candidates and executives (the API enforces the same). Its code loads alongside the
 * session check; once it is in, the other workbench pages load too, so that moving between them is instant.
 * A chunk that fails to load is thrown to the route's error page.
 */
function WorkbenchPage({ split }: { readonly split: TSplitPage }) {
  const [state, setState] = useState<{ readonly component?: ComponentType; readonly error?: unknown }>(() => {
    const component = split.loaded();
    return component === undefined ? {} : { component };
  });
  useEffect(() => {
    if (state.component !== undefined) {
      for (const page of ALL_PAGES) page.preload().catch(() => undefined);
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
  }, [split, state.component]);
  if (state.error !== undefined) throw state.error;
  const Component = state.component;
  return (
    <RequirePermission isAllowed={canWriteNarratives}>
      {Component === undefined ? (
        <Page title="Loading the workbench">
          <Loading label="Loading the workbench" />
        </Page>
      ) : (
        <Component />
      )}
    </RequirePermission>
  );
}

/**
 * The workbench's routes, mounted by routes.tsx; "My ECQ packages" in navigation.ts leads here. Each has its
 * own key: the routes render the same component in the same place, which must not carry one page's state
 * into the next.
 */
export const WORKBENCH_ROUTES: RouteObject[] = [
  { path: 'narratives', element: <WorkbenchPage key="narratives" split={NARRATIVES_PAGE} /> },
  { path: 'narratives/new', element: <WorkbenchPage key="create" split={CREATE_PAGE} /> },
  { path: 'narratives/:id', element: <WorkbenchPage key="editor" split={EDITOR_PAGE} /> },
  { path: 'narratives/:id/versions/:number', element: <WorkbenchPage key="version" split={VERSION_PAGE} /> },
];
