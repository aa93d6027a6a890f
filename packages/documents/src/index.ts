export * from './import';
export * from './export/export-docx';
export { exportNarrativePdf, PDF_FIXED_DATE, PDF_PRODUCER, type TExportNarrativePdfRequest } from './export/export-pdf';
export * from './export/export-qrb-certificate';
export * from './attachments/classify-attachment';
