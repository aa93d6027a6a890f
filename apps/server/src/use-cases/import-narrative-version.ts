import type { TNarrativePackageRow, TNarrativeVersionRow } from '@ecq/db';
import { importNarrativeFile } from '@ecq/documents';
import type { TUserActor } from '../auth/actor';
import type { TAppDeps } from '../deps';
import { loadNarrativePackage } from './load-narrative-package';
import { saveNarrativeVersion } from './save-narrative-version';
import { staleVersionError } from './write-errors';

export interface TImportNarrativeVersionResult {
  readonly package: TNarrativePackageRow;
  readonly version: TNarrativeVersionRow;
  readonly format: 'docx' | 'pdf' | 'md' | 'txt';
  readonly warnings: readonly string[];
  readonly pages: number | undefined;
}

/**
 * Reads an uploaded file (.docx, .pdf, .md, .txt; `@ecq/documents` sniffs the type and guards against
 * oversized, malformed and zip-bomb files) and saves its text as the package's next version, with source
 * `import:<format>`. The caller must own the package and quote its current version; the file is read only
 * after both are checked. Text longer than a package may hold is refused by the reader (`PAYLOAD_TOO_LARGE`).
 * @throws AppError `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `BAD_REQUEST` naming `file`; `CONFLICT` naming `version`.
 */
export async function importNarrativeVersion(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly version: number;
    readonly filename: string;
    readonly contentBase64: string;
    readonly requestId: string;
  },
): Promise<TImportNarrativeVersionResult> {
  const pkg = await loadNarrativePackage(deps.db, { actor: request.actor, id: request.id, access: 'edit' });
  if (pkg.version !== request.version) throw staleVersionError('narrative package', request.version, pkg.version);
  const bytes = new Uint8Array(Buffer.from(request.contentBase64, 'base64'));
  const imported = await importNarrativeFile({ bytes, filename: request.filename });
  const saved = await saveNarrativeVersion(deps, {
    actor: request.actor,
    id: request.id,
    version: request.version,
    text: imported.text,
    source: `import:${imported.format}`,
    sourceFilename: request.filename,
    auditAction: 'narrative.imported',
    requestId: request.requestId,
  });
  return { ...saved, format: imported.format, warnings: imported.warnings, pages: imported.pages };
}
