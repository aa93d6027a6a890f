import { basename, extname } from 'node:path';
import {
  AppError,
  analyzeNarrative,
  BUILT_IN_PACKS,
  getPack,
  policyFor,
  todayUtc,
  type TCompetencyModel,
  type TNarrativeStructure,
  type TPolicyPack,
} from '@ecq/core';
import { exportNarrativeDocx, exportNarrativePdf, importNarrativeFile, NARRATIVE_UPLOAD_LIMIT_BYTES } from '@ecq/documents';
import type { TCliIo } from './cli-io';
import { readInputBytes, writeOutputBytes, writeOutputFile } from './files';
import { buildPolicySettings } from './policy-settings';

/** What a narrative file held, as `@ecq/documents` read it. */
export interface TNarrativeFile {
  readonly path: string;
  readonly text: string;
  readonly format: 'docx' | 'pdf' | 'md' | 'txt';
  readonly warnings: readonly string[];
  readonly pages: number | undefined;
}

/**
 * Reads a narrative file (.docx, .pdf, .md, .txt) named on the command line: at most the API's upload limit
 * (10 MiB), the type sniffed from its bytes, malformed and zip-bomb files refused by `importNarrativeFile`.
 * @throws AppError `NOT_FOUND`, `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `BAD_REQUEST`, all naming `file`.
 */
export async function readNarrativeFile(io: TCliIo, path: string): Promise<TNarrativeFile> {
  const bytes = await readInputBytes({ path, cwd: io.cwd, maxBytes: NARRATIVE_UPLOAD_LIMIT_BYTES, field: 'file' });
  const imported = await importNarrativeFile({ bytes, filename: basename(path) });
  return { path, text: imported.text, format: imported.format, warnings: imported.warnings, pages: imported.pages };
}

/** The model a narrative is read against, and why that one. */
export interface TNarrativeModelChoice {
  readonly pack: TPolicyPack;
  readonly reason: string;
}

/**
 * The model named by `--model`, else the one that governs hiring today under `ECQ_FOLLOW` / `--follow`
 * (POLICY.md §1), as `ecq which hiring <today>` would answer.
 * @throws AppError `UNKNOWN_MODEL` naming `--model` (or `modelField`); the settings' errors naming `ECQ_FOLLOW` or `--follow`.
 */
export function chooseNarrativeModel(
  io: TCliIo,
  options: { readonly model?: string | undefined; readonly follow?: readonly string[] | undefined; readonly modelField?: string },
): TNarrativeModelChoice {
  if (options.model !== undefined) {
    const field = options.modelField ?? '--model';
    const pack = getPack(options.model, BUILT_IN_PACKS, field);
    return { pack, reason: `${pack.id}: chosen with ${field}.` };
  }
  const settings = buildPolicySettings({ follow: options.follow, env: io.env });
  const answer = policyFor({ process: 'hiring', on: todayUtc(io.now?.()), settings });
  return { pack: answer.pack, reason: answer.reason };
}

export const NARRATIVE_OUTPUT_FORMATS = ['docx', 'pdf', 'md', 'txt'] as const;
export type TNarrativeOutputFormat = (typeof NARRATIVE_OUTPUT_FORMATS)[number];

/**
 * The format of an output file from its extension.
 * @throws AppError `BAD_REQUEST` naming `field` for any other extension.
 */
export function outputFormatOf(path: string, field: string, allowed: readonly TNarrativeOutputFormat[]): TNarrativeOutputFormat {
  const extension = extname(path).slice(1).toLowerCase();
  const format = allowed.find((f) => f === extension);
  if (format === undefined) {
    throw new AppError('BAD_REQUEST', `${field}: ${path} must end in ${allowed.map((f) => `.${f}`).join(', ')}`, { field });
  }
  return format;
}

/** The analyzer's ECQ sections as the exporters take them. */
export function exportSectionsOf(structure: TNarrativeStructure) {
  return structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
}

/**
 * Writes a narrative to `path` in `format`: the text itself for .md and .txt; for .docx and .pdf the QRB layout
 * of `@ecq/documents` (candidate's name on each page, page numbers, ECQ headings found with `model`).
 */
export async function writeNarrativeDocument(
  io: TCliIo,
  request: {
    readonly path: string;
    readonly format: TNarrativeOutputFormat;
    readonly text: string;
    readonly model: TCompetencyModel;
    readonly candidateName: string;
    readonly title?: string | undefined;
  },
): Promise<{ path: string; bytes: number }> {
  const { format, text } = request;
  if (format === 'md' || format === 'txt') {
    return writeOutputFile({ path: request.path, cwd: io.cwd, text: text.endsWith('\n') ? text : `${text}\n` });
  }
  const structure = analyzeNarrative(text, { model: request.model, rules: [] }).structure;
  const document = {
    text,
    candidateName: request.candidateName,
    ...(request.title === undefined ? {} : { title: request.title }),
    sections: exportSectionsOf(structure),
  };
  const bytes = format === 'pdf' ? await exportNarrativePdf(document) : await exportNarrativeDocx(document);
  return writeOutputBytes({ path: request.path, cwd: io.cwd, bytes });
}
