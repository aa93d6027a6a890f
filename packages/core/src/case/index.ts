export * from './case-schemas';
export {
  CASE_ITEM_TYPES,
  ECQ_WORKBENCH_LICENSE,
  type TCaseExportOptions,
} from './case-definitions';
export { ECQ_WORKBENCH_EXTENSION_KEY } from './ecq-workbench-extensions';
export { exportPackToCase } from './export-pack';
export { exportCrosswalkToCase } from './export-crosswalk';
export { serializeCasePackage } from './serialize-case';
export { validateCasePackage } from './validate-case-package';
export type { TCaseValidation } from './parse-case-package';
export {
  importCasePackage,
  type TCaseImport,
  type TCaseModelImport,
  type TCaseCrosswalkImport,
  type TImportCaseOptions,
} from './import-case-package';
export type { TCaseModelSummary } from './read-case-framework';
export type { TCaseCrosswalkSummary } from './read-case-crosswalk';
