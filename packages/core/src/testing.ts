/** Test and benchmark helpers; not part of the domain API. Import from `@ecq/core/testing`. */
export { generateCasePackage, generatePolicyPack, type TGenerateCasePackageOptions } from './case/testing/generate-case-package';
