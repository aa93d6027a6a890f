import { Option, type Command } from 'commander';
import { AppError, ZNarrativePackageFile, type TNarrativePackageFile, type TProblem } from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { readInputFile } from '../files';
import { chooseNarrativeModel, outputFormatOf, writeNarrativeDocument } from '../narrative-files';
import { formatJson } from '../output/json';
import { createFollowOption } from '../policy-settings';

const EXPORT_FORMATS = ['docx', 'pdf'] as const;
type TExportFormat = (typeof EXPORT_FORMATS)[number];

interface TExportOptions {
  readonly format?: TExportFormat;
  readonly out?: string;
  readonly follow?: readonly string[];
  readonly json?: boolean;
}

/**
 * Reads a narrative package file (`ZNarrativePackageFile`: candidateName, title, modelId?, text, limits?).
 * @throws AppError `BAD_REQUEST` naming `package` for a file that is not JSON; `VALIDATION_FAILED` with every
 * problem at its JSON path for one that does not match the format.
 */
async function readPackageFile(io: TCliIo, path: string): Promise<TNarrativePackageFile> {
  const text = await readInputFile({ path, cwd: io.cwd, field: 'package' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('BAD_REQUEST', `package: ${path} is not JSON (${error instanceof Error ? error.message : String(error)})`, {
      field: 'package',
      cause: error,
    });
  }
  const parsed = ZNarrativePackageFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems: TProblem[] = parsed.error.issues.map((issue) => {
    const where = ['$', ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
    const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    return { path: where, message: `${issue.message}${unknownKeys}` };
  });
  throw new AppError(
    'VALIDATION_FAILED',
    `package: ${path} is not a narrative package file: ${problems[0]!.path}: ${problems[0]!.message}` +
      (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''),
    { field: 'package', problems },
  );
}

/**
 * `ecq export <package.json> --format docx|pdf --out <file>` on the `export` command, which also holds
 * `ecq export case …`. Returns the command for the subcommands to be added to.
 */
export function registerExportCommand(program: Command, io: TCliIo): Command {
  return program
    .command('export')
    .description('export a narrative package as a Word or PDF file in the QRB layout; or built-in data (export case)')
    .usage('<package.json> --format docx|pdf --out <file>\n       ecq export case [options] <model-id>')
    .argument('[package]', 'a narrative package file: JSON with candidateName, title, text, and optionally modelId and limits')
    .addOption(new Option('--format <format>', 'docx or pdf (default: from the extension of --out)').choices(EXPORT_FORMATS))
    .option('--out <file>', 'the file to write')
    .addOption(createFollowOption())
    .option('--json', 'report what was written as JSON')
    .addHelpText(
      'after',
      '\nThe layout is the one `ecq check` counts pages with: US Letter, 1-inch margins, Times 12 pt, the candidate\'s\n' +
        'name on every page, page numbers, ECQ headings. Without modelId the model governing hiring today is used.\n\n' +
        'Package file:\n  { "candidateName": "Pat Lee", "title": "ECQ narratives", "modelId": "ecq-2025", "text": "ECQ 1: Leading Change\\n…" }\n\n' +
        'Examples:\n  ecq export my-package.json --format pdf --out ecqs.pdf\n  ecq export my-package.json --out ecqs.docx',
    )
    .action(async (path: string | undefined, options: TExportOptions, command: Command) => {
      if (path === undefined) {
        command.help({ error: true });
        return;
      }
      if (options.out === undefined) throw new AppError('BAD_REQUEST', '--out: say which file to write (--out <file>)', { field: '--out' });
      const format = options.format ?? outputFormatOf(options.out, '--out', EXPORT_FORMATS);
      const pkg = await readPackageFile(io, path);
      const choice = chooseNarrativeModel(io, { model: pkg.modelId, follow: options.follow, modelField: 'modelId' });
      const written = await writeNarrativeDocument(io, {
        path: options.out,
        format,
        text: pkg.text,
        model: choice.pack.model,
        candidateName: pkg.candidateName,
        title: pkg.title,
      });
      if (options.json === true) {
        io.stdout(formatJson({ package: path, format, modelId: choice.pack.id, out: written.path, bytes: written.bytes }));
        return;
      }
      io.stdout(`wrote ${pkg.title} (${choice.pack.id}) as ${format.toUpperCase()} to ${written.path} (${written.bytes} bytes)\n`);
    });
}
