import { Option, type Command } from 'commander';
import {
  AppError,
  CASE_VERSIONS,
  exportCrosswalkToCase,
  exportPackToCase,
  getCrosswalk,
  getPack,
  serializeCasePackage,
  type TCaseVersion,
  type TCfPackage,
} from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { writeOutputFile } from '../files';
import { formatJson } from '../output/json';
import { countOf } from '../output/text';

interface TExportCaseOptions {
  readonly crosswalk?: boolean;
  readonly caseVersion?: TCaseVersion;
  readonly baseUri?: string;
  readonly out?: string;
  readonly json?: boolean;
}

const USAGE = 'give one model id, or --crosswalk <from> <to>';

/** Builds the package the arguments ask for: a model's, or the crosswalk's between two models. */
function buildPackage(ids: readonly string[], options: TExportCaseOptions): { kind: 'model' | 'crosswalk'; id: string; pkg: TCfPackage } {
  const caseOptions = {
    ...(options.caseVersion === undefined ? {} : { caseVersion: options.caseVersion }),
    ...(options.baseUri === undefined ? {} : { baseUri: options.baseUri }),
  };
  if (options.crosswalk === true) {
    const [from, to] = ids;
    if (from === undefined || to === undefined || ids.length !== 2) {
      throw new AppError('BAD_REQUEST', `export case --crosswalk: ${USAGE}; got ${countOf(ids.length, 'id')}`, { field: 'model-ids' });
    }
    getPack(from, undefined, 'from');
    getPack(to, undefined, 'to');
    const crosswalk = getCrosswalk(from, to);
    return { kind: 'crosswalk', id: crosswalk.id, pkg: exportCrosswalkToCase(crosswalk, caseOptions) };
  }
  const [modelId] = ids;
  if (modelId === undefined || ids.length !== 1) {
    throw new AppError('BAD_REQUEST', `export case: ${USAGE}; got ${countOf(ids.length, 'id')}`, { field: 'model-ids' });
  }
  const pack = getPack(modelId);
  return { kind: 'model', id: pack.id, pkg: exportPackToCase(pack, caseOptions) };
}

/** Core errors name the option `baseUri`; on the command line it is `--base-uri`. */
function withFlagNames<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof AppError && error.field === 'baseUri') {
      throw new AppError(error.code, error.message.replace(/^baseUri\b/, '--base-uri'), { field: '--base-uri', cause: error });
    }
    throw error;
  }
}

export function registerExportCaseCommand(exportCommand: Command, io: TCliIo): void {
  exportCommand
    .command('case')
    .description('write a model, or the crosswalk between two models, as a 1EdTech CASE package (JSON)')
    .usage('[options] <model-id>\n       ecq export case [options] --crosswalk <from> <to>')
    .argument('<model-ids...>', 'a model id; with --crosswalk, the source and the target model ids')
    .option('--crosswalk', 'export the crosswalk between two models instead of a model')
    .addOption(new Option('--case-version <version>', 'CASE version to write (1.1 when not given)').choices(CASE_VERSIONS))
    .option('--base-uri <uri>', 'base URI of the package\'s item URIs')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--json', 'with --out, report what was written as JSON (the package itself is always JSON)')
    .addHelpText(
      'after',
      '\nThe same input always gives byte-identical output.\n\nExamples:\n' +
        '  ecq export case ecq-2025 --out ecq-2025.case.json\n' +
        '  ecq export case --crosswalk ecq-2006 ecq-2025 --case-version 1.0',
    )
    .action(async (ids: readonly string[], options: TExportCaseOptions) => {
      const { kind, id, pkg } = withFlagNames(() => buildPackage(ids, options));
      const serialized = serializeCasePackage(pkg);
      const text = serialized.endsWith('\n') ? serialized : `${serialized}\n`;
      if (options.out === undefined) {
        io.stdout(text);
        return;
      }
      const written = await writeOutputFile({ path: options.out, cwd: io.cwd, text });
      // Only CASE 1.1 documents carry `caseVersion` (CASE 1.1 §1.1); a package without it is 1.0.
      const caseVersion = pkg.CFDocument.caseVersion ?? '1.0';
      if (options.json === true) {
        io.stdout(formatJson({ kind, id, caseVersion, out: written.path, bytes: written.bytes }));
      } else {
        io.stdout(`wrote ${kind} ${id} as a CASE ${caseVersion} package to ${written.path} (${written.bytes} bytes)\n`);
      }
    });
}
