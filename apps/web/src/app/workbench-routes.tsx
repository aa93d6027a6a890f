import type { RouteObject } from 'react-router';
import { canWriteNarratives } from '../auth/permissions';
import { SplitPage, splitPage, type TSplitPage } from './split-page';

const NARRATIVES_PAGE = splitPage(async () => (await import('../workbench/narratives-page')).NarrativesPage);
const CREATE_PAGE = splitPage(async () => (await import('../workbench/create-narrative-page')).CreateNarrativePage);
const EDITOR_PAGE = splitPage(async () => (await import('../workbench/narrative-editor-page')).NarrativeEditorPage);
const VERSION_PAGE = splitPage(async () => (await import('../workbench/narrative-version-page')).NarrativeVersionPage);
const ALL_PAGES = [NARRATIVES_PAGE, EDITOR_PAGE, CREATE_PAGE, VERSION_PAGE];

/**
 * A workbench page: for candidates and executives (the API enforces the same). The workbench, and core's
 * analyzer, layout engine and models with it, is fetched on first use and never weighs on the app's first page.
 */
function WorkbenchPage({ split }: { readonly split: TSplitPage }) {
  return <SplitPage split={split} group={ALL_PAGES} isAllowed={canWriteNarratives} loadingWhat="the workbench" />;
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
