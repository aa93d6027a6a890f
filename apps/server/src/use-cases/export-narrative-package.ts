import { exportNarrativeDocx, exportNarrativePdf } from '@ecq/documents';
import type { TUserActor } from '../auth/actor';
import { safeFilename } from '../http/safe-filename';
import type { TAppDeps } from '../deps';
import { loadCurrentNarrativeVersion, loadNarrativePackage } from './load-narrative-package';
import { analyzeNarrativeWith, resolveNarrativePack, storedNarrativeLimits } from './narrative-analysis';

export const NARRATIVE_EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type TNarrativeExportFormat = (typeof NARRATIVE_EXPORT_FORMATS)[number];

export const NARRATIVE_EXPORT_CONTENT_TYPES: Readonly<Record<TNarrativeExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A file name safe in any header and file system: the title's letters, digits, dots and dashes. */
export function safeExportFilename(title: string, format: TNarrativeExportFormat): string {
  return `${safeFilename(title, { fallback: 'ecq-narrative', maxLength: 80 })}.${format}`;
}

/**
 * The current version of a package the actor may read, as a PDF or Word file in the QRB layout (candidate's
 * name on each page, page numbers, ECQ headings), drawn by the same layout engine that counts the analysis'
 * pages. The ECQ sections are the analyzer's, read with the package's model.
 */
export async function exportNarrativePackage(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly format: TNarrativeExportFormat },
): Promise<{ readonly bytes: Uint8Array; readonly filename: string; readonly contentType: string }> {
  const pkg = await loadNarrativePackage(deps.db, { actor: request.actor, id: request.id, access: 'read' });
  const version = await loadCurrentNarrativeVersion(deps.db, pkg);
  const pack = await resolveNarrativePack(deps, pkg.modelId);
  const report = analyzeNarrativeWith(deps, { text: version.text, pack, limits: storedNarrativeLimits(pkg.limits) });
  const document = {
    text: version.text,
    candidateName: pkg.candidateName,
    title: pkg.title,
    sections: report.structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end })),
  };
  const bytes = request.format === 'pdf' ? await exportNarrativePdf(document) : await exportNarrativeDocx(document);
  return { bytes, filename: safeExportFilename(pkg.title, request.format), contentType: NARRATIVE_EXPORT_CONTENT_TYPES[request.format] };
}
