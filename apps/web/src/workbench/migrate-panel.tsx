import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/api-client';
import { NARRATIVES_KEY, narrativeQuery } from '../api/queries';
import type { TNarrativeMigrateResult, TNarrativeMigration, TNarrativePackage } from '../api/wire-types';
import { ErrorAlert } from '../components/alert';

/** The model a 2006 package migrates to: the January 2025 model of OPM's memo (the crosswalk 2006 → 2025). */
export const MIGRATION_TARGET = { id: 'ecq-2025', label: 'the 2025 model' } as const;
const MIGRATES_FROM = 'ecq-2006';

/** What the editor of a migrated draft shows once, from the navigation's state. */
export interface TMigratedState {
  readonly migration: TNarrativeMigration;
  readonly fromTitle: string;
}

export function isMigratedState(value: unknown): value is TMigratedState {
  return typeof value === 'object' && value !== null && 'migration' in value && 'fromTitle' in value;
}

export function canMigrate(pkg: TNarrativePackage): boolean {
  return pkg.modelId === MIGRATES_FROM;
}

/**
 * "Migrate to 2025" for a 2006 package: POST /migrate makes a NEW draft package (this one is untouched) and
 * the editor opens it with the gaps left to write.
 */
export function MigratePanel(props: { readonly pkg: TNarrativePackage; readonly isDirty: boolean }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const migrate = useMutation({
    mutationFn: () =>
      api.send<TNarrativeMigrateResult>('POST', `/api/narratives/${encodeURIComponent(props.pkg.id)}/migrate`, { to: MIGRATION_TARGET.id }),
    onSuccess(result) {
      queryClient.setQueryData(narrativeQuery(result.package.id).queryKey, result.package);
      void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, 'list'] });
      const state: TMigratedState = { migration: result.migration, fromTitle: props.pkg.title };
      void navigate(`/narratives/${encodeURIComponent(result.package.id)}`, { state });
    },
  });
  return (
    <>
      <p className="margin-top-0">
        This package is written for the 2006 model. Migrating makes a new draft for {MIGRATION_TARGET.label}: the ECQ headings
        renamed (Results Driven becomes Driving Results…), evidence for moved and removed competencies marked, and the new
        sub-competencies you have not shown yet listed as gaps to write. This package stays as it is.
        {props.isDirty ? ' The draft is made from the last saved version: save your changes first.' : ''}
      </p>
      {migrate.isError ? <ErrorAlert error={migrate.error} heading="The package was not migrated" headingLevel={3} /> : null}
      <button type="button" className="usa-button" disabled={props.isDirty || migrate.isPending} onClick={() => migrate.mutate()}>
        {migrate.isPending ? 'Migrating…' : 'Migrate to 2025'}
      </button>
    </>
  );
}
