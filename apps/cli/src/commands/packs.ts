import type { Command } from 'commander';
import { AppError, type TProblem } from '@ecq/core';
import { listPolicyPackRows, type TPolicyPackRow } from '@ecq/db';
import { importPolicyPack, type TImportPolicyPackResult } from '@ecq/server';
import type { TCliIo } from '../cli-io';
import { addDatabaseOptions, DATABASE_HELP, loadCliConfig, withDatabase, type TDatabaseOptions } from '../database-options';
import { readInputFile } from '../files';
import { formatJson } from '../output/json';
import { formatFields, formatTable } from '../output/table';
import { countOf } from '../output/text';

interface TPacksOptions extends TDatabaseOptions {
  readonly json?: boolean;
}

/** A stored pack as the command prints it: never the CASE package itself. */
export function presentPackRow(row: TPolicyPackRow) {
  return {
    id: row.id,
    title: row.title,
    origin: row.origin,
    modelUuid: row.modelUuid,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentProblems(problems: readonly TProblem[]): { path: string; message: string }[] {
  return problems.map((p) => ({ path: p.path, message: p.message }));
}

function presentImport(file: string, result: TImportPolicyPackResult) {
  return { file, pack: result.summary, warnings: presentProblems(result.warnings) };
}

function formatImport(result: TImportPolicyPackResult): string {
  const { summary } = result;
  const fields: [string, string][] = [
    ['pack id', summary.id],
    ['title', summary.title],
    ['model id', summary.modelId],
    ['model UUID', summary.modelUuid],
    ['version', summary.version],
    ['CASE version', summary.caseVersion],
    ['ECQs', String(summary.ecqs)],
    ['sub-competencies', String(summary.subCompetencies)],
    ['fundamentals', String(summary.fundamentals)],
    ['associations', String(summary.associations)],
  ];
  const warnings =
    result.warnings.length === 0
      ? 'no warnings\n'
      : `${countOf(result.warnings.length, 'warning')}\n${result.warnings.map((w) => `  ${w.path}: ${w.message}\n`).join('')}`;
  return `imported policy pack ${summary.id}\n\n${formatFields(fields)}\n${warnings}`;
}

function registerListCommand(packs: Command, io: TCliIo): void {
  const command = packs.command('list').description('list the policy packs stored in the database, built-in and imported');
  addDatabaseOptions(command)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `\nThe built-in packs are stored by \`ecq db seed\` (and at server start); \`ecq models\` lists them from the\ncode itself.\n${DATABASE_HELP}\n\nExamples:\n  ecq packs list\n  ecq packs list --json`,
    )
    .action(async (options: TPacksOptions) => {
      const config = loadCliConfig(io, options);
      await withDatabase(config, {}, async ({ db }) => {
        const rows = (await listPolicyPackRows(db)).map(presentPackRow);
        if (options.json === true) {
          io.stdout(formatJson({ packs: rows }));
          return;
        }
        if (rows.length === 0) {
          io.stdout('no policy packs stored; `ecq db seed` installs the built-in ones\n');
          return;
        }
        io.stdout(
          formatTable(
            [{ header: 'ID' }, { header: 'TITLE' }, { header: 'ORIGIN' }, { header: 'MODEL UUID' }, { header: 'STORED' }],
            rows.map((r) => [r.id, r.title, r.origin, r.modelUuid, r.createdAt.slice(0, 10)]),
          ),
        );
        io.stdout(`\n${countOf(rows.length, 'policy pack')}\n`);
      });
    });
}

function registerImportCommand(packs: Command, io: TCliIo): void {
  const command = packs
    .command('import')
    .description('import a competency framework (a CASE 1.0/1.1 package) as a new policy pack, audited')
    .argument('<file>', 'the CASE JSON file (at most 50 MB)');
  addDatabaseOptions(command)
    .option('--json', 'print the summary, or the problems, as JSON')
    .addHelpText(
      'after',
      '\nThe rules are the API\'s: a framework, not a crosswalk; its pack id and model UUID not yet taken, built-in\n' +
        'ones included. An invalid package lists every problem at its JSON path (exit 4); a taken id exits 5.\n' +
        `The audit event has no actor: it was the command line. A running server sees the pack within\nPACK_CACHE_TTL_SECONDS.\n${DATABASE_HELP}\n\n` +
        'Examples:\n  ecq packs import ecq-2027.case.json\n  ecq packs import ecq-2027.case.json --json',
    )
    .action(async (file: string, options: TPacksOptions) => {
      const text = await readInputFile({ path: file, cwd: io.cwd, field: 'file' });
      const config = loadCliConfig(io, options);
      await withDatabase(config, {}, async ({ db }) => {
        let result: TImportPolicyPackResult;
        try {
          result = await importPolicyPack(db, { casePackage: text, actorUserId: null, requestId: null, field: 'file' });
        } catch (error) {
          if (error instanceof AppError && error.code === 'INVALID_CASE_PACKAGE' && error.problems.length > 0) {
            throw new AppError('INVALID_CASE_PACKAGE', `file: ${file} is not a valid CASE framework: ${countOf(error.problems.length, 'problem')}`, {
              field: 'file',
              problems: error.problems,
              cause: error,
            });
          }
          throw error;
        }
        io.stdout(options.json === true ? formatJson(presentImport(file, result)) : formatImport(result));
      });
    });
}

export function registerPacksCommand(program: Command, io: TCliIo): void {
  const packs = program.command('packs').description('the policy packs stored in the database: list, import');
  registerListCommand(packs, io);
  registerImportCommand(packs, io);
}
