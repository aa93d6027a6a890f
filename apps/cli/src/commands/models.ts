import type { Command } from 'commander';
import {
  BUILT_IN_PACKS,
  PROCESSES,
  describePackStatus,
  formatPackStatus,
  parseCalendarDate,
  todayUtc,
  type TCalendarDate,
  type TPackStatus,
  type TPolicyPack,
  type TPolicySettings,
  type TProcess,
} from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { formatJson } from '../output/json';
import { formatTable } from '../output/table';
import { buildPolicySettings, createFollowOption, FOLLOW_ENV } from '../policy-settings';

interface TModelsOptions {
  readonly on?: string;
  readonly follow?: readonly string[];
  readonly json?: boolean;
}

export interface TModelListing {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly issuedOn: string;
  readonly alternative: { readonly group: string; readonly isDefault: boolean } | null;
  /** The first day each process uses the pack, or null when it never does. */
  readonly effective: Readonly<Record<TProcess, string | null>>;
  readonly status: TPackStatus & { readonly text: string };
}

/** Presents one pack and its status on a date. */
export function presentModelListing(
  pack: TPolicyPack,
  on: TCalendarDate,
  settings: TPolicySettings,
  packs: readonly TPolicyPack[],
): TModelListing {
  const status = describePackStatus({ pack, on, settings, packs });
  const effectiveFrom = (process: TProcess): string | null => pack.effective.find((r) => r.process === process)?.from ?? null;
  return {
    id: pack.id,
    title: pack.model.title,
    version: pack.model.version,
    issuedOn: pack.model.issuedOn,
    alternative: pack.alternative ? { group: pack.alternative.group, isDefault: pack.alternative.isDefault } : null,
    effective: { hiring: effectiveFrom('hiring'), appraisal: effectiveFrom('appraisal'), development: effectiveFrom('development') },
    status: { ...status, text: formatPackStatus(status) },
  };
}

function alternativesNote(listings: readonly TModelListing[], settings: TPolicySettings): string {
  const groups = new Map<string, string[]>();
  for (const listing of listings) {
    if (listing.alternative) groups.set(listing.alternative.group, [...(groups.get(listing.alternative.group) ?? []), listing.id]);
  }
  return [...groups]
    .map(([group, ids]) => {
      const followed =
        settings.alternatives?.[group] ?? listings.find((l) => l.alternative?.group === group && l.alternative.isDefault)?.id ?? '';
      return (
        `${ids.join(' and ')} are alternatives (group ${group}); this deployment follows ${followed}. ` +
        `Choose with --follow <pack-id> or ${FOLLOW_ENV}.`
      );
    })
    .join('\n');
}

export function registerModelsCommand(program: Command, io: TCliIo): void {
  program
    .command('models')
    .description('list the built-in competency models (policy packs), when each applies, and their status')
    .option('--on <date>', 'give the status on this date (YYYY-MM-DD) instead of today')
    .addOption(createFollowOption())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  ecq models\n  ecq models --on 2025-08-01 --follow ecq-2025-may')
    .action((options: TModelsOptions) => {
      const on = options.on === undefined ? todayUtc(io.now?.()) : parseCalendarDate(options.on, '--on');
      const settings = buildPolicySettings({ follow: options.follow, env: io.env });
      const listings = BUILT_IN_PACKS.map((pack) => presentModelListing(pack, on, settings, BUILT_IN_PACKS));
      if (options.json === true) {
        io.stdout(formatJson({ on, models: listings }));
        return;
      }
      const today = options.on === undefined ? ' (today)' : '';
      io.stdout(`Competency models, status on ${on}${today}\n\n`);
      io.stdout(
        formatTable(
          [
            { header: 'ID' },
            { header: 'TITLE' },
            { header: 'ISSUED' },
            ...PROCESSES.map((process) => ({ header: process.toUpperCase() })),
            { header: 'STATUS' },
          ],
          listings.map((l) => [l.id, l.title, l.issuedOn, ...PROCESSES.map((p) => l.effective[p] ?? '-'), l.status.text]),
        ),
      );
      const note = alternativesNote(listings, settings);
      if (note.length > 0) io.stdout(`\n${note}\n`);
      io.stdout('HIRING, APPRAISAL and DEVELOPMENT give the first day each process uses the model.\n');
    });
}
