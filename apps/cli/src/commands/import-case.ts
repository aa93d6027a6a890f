import type { Command } from 'commander';
import { AppError, importCasePackage, type TCaseImport, type TProblem } from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { readInputFile } from '../files';
import { formatJson } from '../output/json';
import { formatFields } from '../output/table';
import { countOf } from '../output/text';

interface TImportCaseOptions {
  readonly json?: boolean;
}

function presentProblems(problems: readonly TProblem[]): { path: string; message: string }[] {
  return problems.map((p) => ({ path: p.path, message: p.message }));
}

/** The JSON of `ecq import case`: what the package holds, never the imported objects themselves. */
export function presentCaseImport(file: string, result: TCaseImport) {
  const common = { file, kind: result.kind, caseVersion: result.caseVersion, warnings: presentProblems(result.warnings) };
  if (result.kind === 'model') return { ...common, summary: result.summary };
  return { ...common, summary: result.summary, matchesCrosswalk: result.crosswalk?.id ?? null };
}

function formatSummary(result: TCaseImport): string {
  if (result.kind === 'model') {
    const { summary } = result;
    const fields: [string, string][] = [
      ['kind', 'model'],
      ['CASE version', result.caseVersion],
      ['title', summary.title],
      ['model id', summary.modelId],
      ['ECQs', String(summary.ecqs)],
      ['sub-competencies', String(summary.subCompetencies)],
      ['fundamentals', String(summary.fundamentals)],
      ['associations', String(summary.associations)],
    ];
    const totals = [
      countOf(summary.ecqs, 'ECQ'),
      countOf(summary.subCompetencies, 'sub-competency', 'sub-competencies'),
      countOf(summary.fundamentals, 'fundamental competency', 'fundamental competencies'),
      countOf(summary.associations, 'association'),
    ];
    return `${formatFields(fields)}\n${totals.join(', ')}\n`;
  }
  const { summary } = result;
  const byType = Object.entries(summary.byType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  const fields: [string, string][] = [
    ['kind', 'crosswalk'],
    ['CASE version', result.caseVersion],
    ['title', summary.title],
    ['from document', summary.fromDocument ?? '-'],
    ['to document', summary.toDocument ?? '-'],
    ['associations', `${summary.associations}${byType.length > 0 ? ` (${byType})` : ''}`],
    ['built-in crosswalk', result.crosswalk?.id ?? 'none matched'],
  ];
  return formatFields(fields);
}

export function registerImportCaseCommand(importCommand: Command, io: TCliIo): void {
  importCommand
    .command('case')
    .description('read a 1EdTech CASE package (JSON), check it and summarize what it holds')
    .argument('<file>', 'the CASE JSON file (at most 50 MB)')
    .option('--json', 'print the summary, or the problems, as JSON')
    .addHelpText('after', '\nExamples:\n  ecq import case ecq-2025.case.json\n  ecq import case crosswalk.case.json --json')
    .action(async (file: string, options: TImportCaseOptions) => {
      const text = await readInputFile({ path: file, cwd: io.cwd, field: 'file' });
      let result: TCaseImport;
      try {
        result = importCasePackage(text);
      } catch (error) {
        if (error instanceof AppError && error.code === 'INVALID_CASE_PACKAGE' && error.problems.length > 0) {
          throw new AppError('INVALID_CASE_PACKAGE', `invalid CASE package: ${countOf(error.problems.length, 'problem')}`, {
            field: 'file',
            problems: error.problems,
            cause: error,
          });
        }
        throw error;
      }
      if (options.json === true) {
        io.stdout(formatJson(presentCaseImport(file, result)));
        return;
      }
      io.stdout(formatSummary(result));
      if (result.warnings.length > 0) {
        io.stdout(`\n${countOf(result.warnings.length, 'warning')}\n`);
        for (const warning of result.warnings) io.stdout(`  ${warning.path}: ${warning.message}\n`);
      } else {
        io.stdout('\nno warnings\n');
      }
    });
}
