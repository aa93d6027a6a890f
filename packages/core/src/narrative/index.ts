/**
 * ECQ narrative analysis (issue 4, parts 1 and 5): pure, synchronous, browser-safe. Segmentation, CCAR
 * inference, sub-competency cues and coverage, the narrative rules, the report, 2006 → 2025 migration, and
 * the evaluation corpus.
 */
export {
  CCAR_PARTS,
  HEADING_STYLES,
  NARRATIVE_PARTS,
  type TCcarPart,
  type TCueHit,
  type TExampleBoundary,
  type THeadingMatch,
  type THeadingStyle,
  type TNarrativeExample,
  type TNarrativeHeading,
  type TNarrativePart,
  type TNarrativeSection,
  type TNarrativeSentence,
  type TNarrativeStructure,
  type TPartSource,
  type TPartSpan,
  type TSpan,
} from './types';
export { segmentNarrative, type TSegmentNarrativeOptions } from './segment-narrative';
export { segmentExample, type TSegmentExampleOptions } from './segment-example';
export {
  analyzeNarrative,
  type TAnalyzeNarrativeOptions,
  type TEcqReport,
  type TExampleFiling,
  type TNarrativeReport,
} from './analyze-narrative';
export {
  COVERAGE_STRENGTHS,
  COVERAGE_THRESHOLDS,
  measureCoverage,
  strengthOf,
  type TCoverageCell,
  type TCoverageRow,
  type TCoverageStrength,
  type TEvidence,
  type TItemCoverage,
  type TMeasureCoverageRequest,
  type TNarrativeCoverage,
} from './measure-coverage';
export {
  PART_EVIDENCE_WEIGHT,
  scoreCompetencyCues,
  SENTENCE_SCORE_CAP,
  type TExampleCueScores,
  type TSentenceCueScores,
} from './score-competency-cues';
export { CLASSIFY_SUB_WEIGHTS, classifyExample, type TEcqScore, type TExampleClassification } from './classify-example';
export {
  type TMeasurePages,
  type TPageMeasureRequest,
  type TPageMeasurement,
  type TPageReport,
  type TPageSection,
} from './measure-pages';
export { DEFAULT_NARRATIVE_LIMITS, resolveNarrativeLimits, type TNarrativeLimits } from './narrative-limits';
export { mayFail, runNarrativeRules, type TRuleCheck } from './run-narrative-rules';
export { NARRATIVE_RULES } from './rules';
export { NARRATIVE_SOURCES } from './rules/sources';
export {
  FINDING_SEVERITIES,
  type TFiledExample,
  type TFindingDraft,
  type TFindingSeverity,
  type TNarrativeFinding,
  type TNarrativeRule,
  type TRuleContext,
  type TRuleOutcome,
} from './rules/rule';
export {
  MAX_ACTIONS,
  type TEcqReadiness,
  type TEcqReadinessStatus,
  type TPackageReadiness,
  type TPackageReadinessStatus,
} from './summarize-readiness';
export {
  migrateNarrative,
  type THeadingMigration,
  type TMigratedEvidence,
  type TMigrateNarrativeOptions,
  type TNarrativeMigration,
  type TTextEdit,
} from './migrate-narrative';
export type { TCue, TCueLexicon, TCueSets } from './cues/types';
export { ECQ_2006_CUES } from './cues/ecq-2006';
export { ECQ_2025_CUES } from './cues/ecq-2025';
export { BUILT_IN_CUE_LEXICONS, cueLexiconFor, deriveCueLexicon } from './cues/lexicon-for';
export { NARRATIVE_CORPUS } from './corpus';
export {
  CORPUS_FLAWS,
  CORPUS_TODAY,
  type TCorpusEntry,
  type TCorpusExample,
  type TCorpusFlaw,
  type TCorpusSplit,
  type TCorpusStyle,
} from './corpus/types';
export {
  evaluateCorpus,
  type TCorpusEvaluation,
  type TCorpusExampleResult,
  type TCorpusFigures,
  type TEvaluateCorpusOptions,
} from './evaluate-corpus';
export {
  NARRATIVE_CANDIDATE_NAME_MAX_LENGTH,
  NARRATIVE_MODEL_ID_MAX_LENGTH,
  NARRATIVE_TEXT_MAX_LENGTH,
  NARRATIVE_TITLE_MAX_LENGTH,
  ZCandidateName,
  ZNarrativeLimitsOverrides,
  ZNarrativeModelId,
  ZNarrativePackageFile,
  ZNarrativeText,
  ZNarrativeTitle,
  type TNarrativeLimitsOverrides,
  type TNarrativePackageFile,
} from './narrative-package';
