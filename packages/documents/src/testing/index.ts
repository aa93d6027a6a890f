/** Fixture builders for tests and benchmarks of `@ecq/documents`: every test file is built in code, none committed. */
export { buildDocx, type TDocxFixtureBlock, type TDocxFixtureOptions } from './build-docx';
export { buildNarrativePdf, buildPasswordProtectedPdf, type TPdfFixtureBlock, type TPdfFixtureOptions } from './build-pdf';
export { readZipEntries, readZipEntry } from './read-zip-entry';
export { buildZip, concat, type TZipFixtureEntry, type TZipFixtureOptions } from './build-zip';
export { sampleNarrative } from './sample-narrative';
export { readPdfPages, type TPdfTextItem } from './read-pdf-text';
