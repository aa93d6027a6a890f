import type { Command } from 'commander';
import {
  AppError,
  BUILT_IN_CROSSWALKS,
  BUILT_IN_PACKS,
  getCrosswalk,
  getPack,
  migrateNarrative,
  type TCrosswalk,
  type TNarrativeMigration,
} from '@ecq/core';
import { presentNarrativeMigration } from '@ecq/server';
import type { TCliIo } from '../cli-io';
import { NARRATIVE_OUTPUT_FORMATS, outputFormatOf, readNarrativeFile, writeNarrativeDocument } from '../narrative-files';
import { formatJson } from '../output/json';
import { formatTable } from '../output/table';
import { countOf, wrapText } from '../output/text';

interface TMigrateOptions {
  readonly to: string;
  readonly from?: string;
  readonly out: string;
  readonly candidateName?: string;
  readonly title?: string;
  readonly json?: boolean;
}

/**
 * The crosswalk to use: from `--from` when given, else the only built-in crosswalk that ends at `--to`.
 * @throws AppError `UNKNOWN_MODEL` naming `--to`/`--from`, `UNKNOWN_CROSSWALK`, or `BAD_REQUEST` asking for
 * `--from` when several models lead to the target.
 */
function chooseCrosswalk(options: TMigrateOptions): TCrosswalk {
  const to = getPack(options.to, BUILT_IN_PACKS, '--to');
  if (options.from !== undefined) return getCrosswalk(getPack(options.from, BUILT_IN_PACKS, '--from').model.id, to.model.id);
  const candidates = BUILT_IN_CROSSWALKS.filter((c) => c.toModel.id === to.model.id);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    const targets = [...new Set(BUILT_IN_CROSSWALKS.map((c) => c.toModel.id))].join(', ');
    throw new AppError('UNKNOWN_CROSSWALK', `--to: no crosswalk leads to ${to.id}; models you can migrate to: ${targets}`, { field: '--to' });
  }
  const sources = candidates.map((c) => c.fromModel.id).join(', ');
  throw new AppError('BAD_REQUEST', `--from: several models lead to ${to.id} (${sources}); say which the file is written for`, { field: '--from' });
}

function printMigration(io: TCliIo, migration: TNarrativeMigration, written: { path: string; bytes: number }): void {
  io.stdout(`Migrated from ${migration.fromModelId} to ${migration.toModelId} (crosswalk ${migration.crosswalkId})\n`);
  if (migration.headings.length > 0) {
    io.stdout('\nECQ headings\n');
    io.stdout(
      formatTable(
        [{ header: 'FROM' }, { header: 'TO' }, { header: 'KIND' }],
        migration.headings.map((h) => [h.fromName, h.toName ?? '-', h.edit === undefined ? h.kind : `${h.kind} (renamed in the draft)`]),
      ),
    );
  }
  const evidenceTable = (title: string, entries: TNarrativeMigration['moved']) => {
    if (entries.length === 0) return;
    io.stdout(`\n${title}\n`);
    io.stdout(
      formatTable(
        [{ header: 'ITEM' }, { header: 'TO' }, { header: 'SENTENCES', align: 'right' }, { header: 'WHAT TO DO' }],
        entries.map((e) => [`${e.from.code} ${e.from.name}`, e.to === undefined ? '-' : `${e.to.code} ${e.to.name}`, String(e.evidence.length), e.advice]),
      ),
    );
  };
  evidenceTable('Moved to another ECQ', migration.moved);
  evidenceTable('Removed from the model (this evidence no longer counts)', migration.removed);
  evidenceTable('Only related (rework to show the new item)', migration.related);
  io.stdout(`\nGaps to write: ${countOf(migration.gaps.length, 'new sub-competency', 'new sub-competencies')} with no evidence yet\n`);
  for (const gap of migration.gaps) io.stdout(`  ${gap.code}  ${gap.name}\n`);
  if (migration.newWithEvidence.length > 0) {
    io.stdout(`${wrapText(`Already shown: ${migration.newWithEvidence.map((n) => n.item.name).join(', ')}.`)}\n`);
  }
  if (migration.uncovered.length > 0) {
    io.stdout(`${wrapText(`Not shown under either model: ${migration.uncovered.map((u) => u.name).join(', ')}.`)}\n`);
  }
  io.stdout(`\nWrote the draft to ${written.path} (${written.bytes} bytes); the prose is yours to rework.\n`);
}

export function registerMigrateCommand(program: Command, io: TCliIo): void {
  program
    .command('migrate')
    .description('migrate an ECQ narrative file to another model (e.g. 2006 → 2025) and list the gaps to write')
    .argument('<file>', 'the narrative: .docx, .pdf, .md or .txt (at most 10 MiB)')
    .requiredOption('--to <model>', 'the model to migrate to, e.g. ecq-2025')
    .option('--from <model>', 'the model the file is written for (default: the only one with a crosswalk to --to)')
    .requiredOption('--out <file>', `the draft to write: ${NARRATIVE_OUTPUT_FORMATS.map((f) => `.${f}`).join(', ')}`)
    .option('--candidate-name <name>', 'the name on every page of a .docx or .pdf draft (needed for those)')
    .option('--title <title>', 'a title for a .docx or .pdf draft')
    .option('--json', 'print the migration report as JSON')
    .addHelpText(
      'after',
      '\nHeadings are renamed in the draft (Results Driven → Driving Results); evidence for moved or removed items\n' +
        'is flagged, and new sub-competencies the text does not show (Systems Thinking, Data Literacy…) are listed.\n\n' +
        'Examples:\n  ecq migrate my-2006-ecqs.docx --to ecq-2025 --out my-2025-draft.docx --candidate-name "Pat Lee"\n  ecq migrate old.md --to ecq-2025 --out new.md --json',
    )
    .action(async (path: string, options: TMigrateOptions) => {
      const format = outputFormatOf(options.out, '--out', NARRATIVE_OUTPUT_FORMATS);
      if ((format === 'docx' || format === 'pdf') && (options.candidateName ?? '').trim() === '') {
        io.stderr(`ecq: note: no --candidate-name, so the draft's page header is empty; the QRB layout wants the candidate's name on every page\n`);
      }
      const crosswalk = chooseCrosswalk(options);
      const file = await readNarrativeFile(io, path);
      const migration = migrateNarrative(file.text, { crosswalk });
      const written = await writeNarrativeDocument(io, {
        path: options.out,
        format,
        text: migration.draftText,
        model: crosswalk.toModel,
        candidateName: options.candidateName ?? '',
        title: options.title,
      });
      if (options.json === true) {
        io.stdout(
          formatJson({
            file: { path: file.path, format: file.format, warnings: file.warnings },
            out: { path: written.path, format, bytes: written.bytes },
            migration: presentNarrativeMigration(migration),
          }),
        );
        return;
      }
      for (const warning of file.warnings) io.stdout(`Import warning: ${warning}\n`);
      printMigration(io, migration, written);
    });
}
