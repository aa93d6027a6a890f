import type { TMigratedEvidence } from '../api/wire-types';
import { Alert } from '../components/alert';
import type { TMigratedState } from './migrate-panel';
import { plural } from './workbench-labels';

/** What a migration did and the gaps left to write, shown at the top of the new draft. */
export function MigrationReport({ state }: { readonly state: TMigratedState }) {
  const { migration } = state;
  const renamed = migration.headings.filter((h) => h.kind !== 'same' && h.kind !== 'unchanged' && h.toName !== null);
  const flagged: readonly TMigratedEvidence[] = [...migration.moved, ...migration.removed];
  return (
    <Alert type="info" heading={`This is a new draft for the 2025 model, migrated from “${state.fromTitle}”`}>
      <div data-testid="migration-report">
        {renamed.length === 0 ? null : (
          <p>
            Headings renamed: {renamed.map((h) => `${h.fromName} → ${h.toName ?? ''}`).join('; ')}.
          </p>
        )}
        <p className="margin-bottom-05 text-bold">
          Gaps to write: {migration.gaps.length === 0 ? 'none' : plural(migration.gaps.length, 'new sub-competency', 'new sub-competencies')}{' '}
          {migration.gaps.length === 0 ? '— every new sub-competency already has evidence.' : 'with no evidence yet'}
        </p>
        {migration.gaps.length === 0 ? null : (
          <ul className="usa-list margin-top-05" data-testid="migration-gaps">
            {migration.gaps.map((gap) => (
              <li key={gap.code}>
                <span className="ecq-code">{gap.code}</span> {gap.name}
              </li>
            ))}
          </ul>
        )}
        {flagged.length === 0 ? null : (
          <>
            <p className="margin-bottom-05 text-bold">Evidence to look at again</p>
            <ul className="usa-list margin-top-05">
              {flagged.map((entry) => (
                <li key={`${entry.kind}:${entry.from.code}`}>{entry.advice}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Alert>
  );
}
