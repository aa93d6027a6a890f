export { importNarrativeFile, NARRATIVE_FILE_FORMATS, type TImportedNarrative, type TImportNarrativeFileRequest, type TNarrativeFileFormat } from './import-narrative-file';
export {
  DOCX_MAX_XML_PART_BYTES,
  NARRATIVE_IMPORT_MAX_CHARACTERS,
  NARRATIVE_UPLOAD_LIMIT_BYTES,
  PDF_MAX_PAGES,
  PDF_READ_TIMEOUT_MS,
  ZIP_LIMITS,
  ZIP_MAX_COMPRESSION_RATIO,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_TOTAL_UNCOMPRESSED_BYTES,
  ZIP_RATIO_FLOOR_BYTES,
  type TZipLimits,
} from './import-limits';
