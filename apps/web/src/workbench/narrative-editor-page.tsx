import './workbench.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { modelQuery, narrativeQuery } from '../api/queries';
import type { TNarrativeFinding, TNarrativePackageDetail } from '../api/wire-types';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { NotFoundPage } from '../pages/not-found-page';
import { AnalysisPanel } from './analysis-panel';
import { CoverageGrid } from './coverage-grid';
import { EditorNotices } from './editor-notices';
import { ExportLinks } from './export-links';
import { ImportFileForm } from './import-file-form';
import { canMigrate, isMigratedState, MigratePanel } from './migrate-panel';
import { MigrationReport } from './migration-report';
import { NarrativeTextEditor } from './narrative-text-editor';
import { SaveBar } from './save-bar';
import { selectInTextarea } from './select-in-textarea';
import { useLiveAnalysis } from './use-live-analysis';
import { useNarrativeEditor } from './use-narrative-editor';
import { VersionHistory } from './version-history';

/** How much of a selected finding's text the status line reads out. */
const EXCERPT_LENGTH = 80;

/** What the version page passes when it restores an old version as the newest. */
export interface TRestoredState {
  readonly restoredFrom: number;
}

function isRestoredState(value: unknown): value is TRestoredState {
  return typeof value === 'object' && value !== null && 'restoredFrom' in value && typeof value.restoredFrom === 'number';
}

/** The editor of one package (/narratives/:id): loaded fresh, so that a save quotes the version really current. */
export function NarrativeEditorPage() {
  const { id = '' } = useParams();
  const pkg = useQuery(narrativeQuery(id));
  if (pkg.isError) {
    if (isApiError(pkg.error) && (pkg.error.code === 'NOT_FOUND' || pkg.error.code === 'VALIDATION_FAILED')) {
      return <NotFoundPage what="this ECQ package" />;
    }
    return (
      <Page title="Something went wrong">
        <ErrorAlert error={pkg.error} heading="The package could not be loaded" />
        <p>
          <Link to="/narratives">Back to my ECQ packages</Link>
        </p>
      </Page>
    );
  }
  if (pkg.isPending || (pkg.isFetching && !pkg.isFetchedAfterMount)) {
    return (
      <Page title="Loading the package">
        <Loading label="Loading the package" />
      </Page>
    );
  }
  return <NarrativeEditor key={pkg.data.id} initial={pkg.data} />;
}

function NarrativeEditor({ initial }: { readonly initial: TNarrativePackageDetail }) {
  const editor = useNarrativeEditor(initial);
  const { base, text, setText, isDirty } = editor;
  const analysis = useLiveAnalysis({ text, modelId: base.modelId, limits: base.limits });
  const model = useQuery(modelQuery(base.modelId));
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [selected, setSelected] = useState('');
  const location = useLocation();
  const migrated = isMigratedState(location.state) ? location.state : undefined;
  const restored = isRestoredState(location.state) ? location.state : undefined;

  const headings = useMemo(
    () => (model.data?.items ?? []).filter((item) => item.kind === 'ecq').map((ecq) => `ECQ ${ecq.position}: ${ecq.name}`),
    [model.data],
  );
  const onSelectFinding = useCallback((finding: TNarrativeFinding) => {
    const textarea = textareaRef.current;
    if (textarea === null) return;
    selectInTextarea(textarea, finding.start, finding.end);
    const excerpt = textarea.value.slice(finding.start, Math.min(finding.end, finding.start + EXCERPT_LENGTH)).trim();
    setSelected(excerpt === '' ? `Moved to the place in the text: ${finding.message}` : `Selected in the text: “${excerpt}”`);
  }, []);

  return (
    <Page title={base.title}>
      <p className="ecq-package-meta" data-testid="package-meta">
        {base.candidateName} · {model.data?.title ?? base.modelId} · version {base.currentVersion} ·{' '}
        <Link to="/narratives">All my packages</Link>
      </p>
      {migrated === undefined ? null : <MigrationReport state={migrated} />}
      {restored === undefined ? null : (
        <Alert type="success" heading={`Version ${restored.restoredFrom} restored as version ${base.currentVersion}`}>
          <p className="margin-0">Its text is now the newest version; every earlier version stays in the history.</p>
        </Alert>
      )}
      <EditorNotices editor={editor} />
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-7">
          <NarrativeTextEditor text={text} onChange={setText} headings={headings} onSave={editor.requestSave} textareaRef={textareaRef} />
          <SaveBar editor={editor} />
          <p className="usa-sr-only" role="status">
            {selected}
          </p>
        </div>
        <div className="desktop:grid-col-5">
          <AnalysisPanel analysis={analysis} onSelectFinding={onSelectFinding} />
        </div>
      </div>
      <section aria-labelledby="coverage-heading" className="margin-top-4">
        <h2 id="coverage-heading">Coverage</h2>
        {analysis.status === 'ready' ? (
          <CoverageGrid report={analysis.report} />
        ) : analysis.status === 'error' ? (
          <p>The coverage shows once the text can be analysed (see the analysis above).</p>
        ) : (
          <Loading label="Analysing your text" />
        )}
      </section>
      <section aria-labelledby="versions-heading" className="margin-top-4">
        <h2 id="versions-heading">Version history</h2>
        <VersionHistory packageId={base.id} currentVersion={base.currentVersion} />
      </section>
      <section aria-labelledby="import-heading" className="margin-top-4">
        <h2 id="import-heading">Import a file</h2>
        <ImportFileForm editor={editor} />
      </section>
      <section aria-labelledby="export-heading" className="margin-top-4">
        <h2 id="export-heading">Export</h2>
        <ExportLinks packageId={base.id} versionNumber={base.currentVersion} isDirty={isDirty} />
      </section>
      {canMigrate(base) ? (
        <section aria-labelledby="migrate-heading" className="margin-top-4">
          <h2 id="migrate-heading">Migrate to 2025</h2>
          <MigratePanel pkg={base} isDirty={isDirty} />
        </section>
      ) : null}
    </Page>
  );
}
