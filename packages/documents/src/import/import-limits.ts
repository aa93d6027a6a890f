import { NARRATIVE_TEXT_MAX_LENGTH } from '@ecq/core';

/**
 * The limits of narrative file import (issue 4 part 2: upload limits, protection against zip bombs and
 * malformed files). An ECQ package is at most 10 pages (POLICY.md §3); every number here leaves room for a
 * generous draft and none for an attack. Dependency-free so the server's schema and the upload form can share
 * them.
 */

/** Largest upload accepted: 10 MiB. A 10-page Word file with a photo is well under 1 MiB. */
export const NARRATIVE_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * Most characters of extracted text: the most a stored package may hold (`NARRATIVE_TEXT_MAX_LENGTH`), so an
 * import never yields text the package API would refuse.
 */
export const NARRATIVE_IMPORT_MAX_CHARACTERS = NARRATIVE_TEXT_MAX_LENGTH;

/** Most pages read from a PDF; a package has at most 10 (POLICY.md §3). */
export const PDF_MAX_PAGES = 100;

/** Longest time spent reading one PDF before giving up, so a hostile file cannot hold a request. */
export const PDF_READ_TIMEOUT_MS = 20_000;

/** Most entries in a .docx zip; Word writes about 15, with one per embedded image. */
export const ZIP_MAX_ENTRIES = 1_000;

/** Most bytes all the entries of a .docx zip may expand to, as declared and as actually inflated. */
export const ZIP_MAX_TOTAL_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

/** Highest expansion ratio of one zip entry (uncompressed : compressed) above {@link ZIP_RATIO_FLOOR_BYTES}. */
export const ZIP_MAX_COMPRESSION_RATIO = 100;

/** Entries that expand to less than this are not held to the ratio: small XML parts compress very well. */
export const ZIP_RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * Largest XML part of a .docx (document.xml, styles, numbering, footnotes…), uncompressed. mammoth parses each
 * into a DOM at about 40 times its size and 0.4 s a megabyte; a document at the character limit is 1–6 MB of
 * XML even with heavy formatting.
 */
export const DOCX_MAX_XML_PART_BYTES = 10 * 1024 * 1024;

export interface TZipLimits {
  readonly maxEntries: number;
  readonly maxTotalUncompressedBytes: number;
  readonly maxCompressionRatio: number;
  readonly ratioFloorBytes: number;
}

export const ZIP_LIMITS: TZipLimits = {
  maxEntries: ZIP_MAX_ENTRIES,
  maxTotalUncompressedBytes: ZIP_MAX_TOTAL_UNCOMPRESSED_BYTES,
  maxCompressionRatio: ZIP_MAX_COMPRESSION_RATIO,
  ratioFloorBytes: ZIP_RATIO_FLOOR_BYTES,
};
