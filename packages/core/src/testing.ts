/** Test and benchmark helpers; not part of the domain API. Import from `@ecq/core/testing`. */
export { generateCasePackage, generatePolicyPack, type TGenerateCasePackageOptions } from './case/testing/generate-case-package';
export { corpusText, goodPackage as packageOf, GOOD_2025_SECTIONS, NUMBERED_PACKAGE_2025, PACKAGE_2006 } from './narrative/testing/sample-package';
