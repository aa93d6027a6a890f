import { ACRONYM_UNDEFINED_RULE } from './acronym-undefined';
import { ACTION_FIRST_PERSON_RULE } from './action-first-person';
import { CCAR_PARTS_MISSING_RULE } from './ccar-parts-missing';
import { ECQ_MISSING_RULE } from './ecq-missing';
import { EXAMPLE_ECQ_MISMATCH_RULE } from './example-ecq-mismatch';
import { EXAMPLE_RECENCY_RULE } from './example-recency';
import { EXAMPLES_MAXIMUM_RULE } from './examples-maximum';
import { EXAMPLES_MINIMUM_RULE } from './examples-minimum';
import { FUNDAMENTAL_COVERAGE_RULE } from './fundamental-coverage';
import { PAGES_PER_ECQ_RULE } from './pages-per-ecq';
import { PAGES_TOTAL_RULE } from './pages-total';
import { PASSIVE_RUN_RULE } from './passive-run';
import { RESULT_MEASURABLE_RULE } from './result-measurable';
import type { TNarrativeRule } from './rule';
import { STORY_REUSED_RULE } from './story-reused';
import { SUB_COMPETENCY_COVERAGE_RULE } from './sub-competency-coverage';

export {
  ACRONYM_UNDEFINED_RULE,
  ACTION_FIRST_PERSON_RULE,
  CCAR_PARTS_MISSING_RULE,
  ECQ_MISSING_RULE,
  EXAMPLE_ECQ_MISMATCH_RULE,
  EXAMPLE_RECENCY_RULE,
  EXAMPLES_MAXIMUM_RULE,
  EXAMPLES_MINIMUM_RULE,
  FUNDAMENTAL_COVERAGE_RULE,
  PAGES_PER_ECQ_RULE,
  PAGES_TOTAL_RULE,
  PASSIVE_RUN_RULE,
  RESULT_MEASURABLE_RULE,
  STORY_REUSED_RULE,
  SUB_COMPETENCY_COVERAGE_RULE,
};

/** Every narrative rule, in the order a report lists its checks: package shape, then examples, then writing. */
export const NARRATIVE_RULES: readonly TNarrativeRule[] = [
  ECQ_MISSING_RULE,
  EXAMPLES_MINIMUM_RULE,
  PAGES_TOTAL_RULE,
  PAGES_PER_ECQ_RULE,
  EXAMPLES_MAXIMUM_RULE,
  STORY_REUSED_RULE,
  CCAR_PARTS_MISSING_RULE,
  RESULT_MEASURABLE_RULE,
  ACTION_FIRST_PERSON_RULE,
  EXAMPLE_RECENCY_RULE,
  SUB_COMPETENCY_COVERAGE_RULE,
  FUNDAMENTAL_COVERAGE_RULE,
  EXAMPLE_ECQ_MISMATCH_RULE,
  ACRONYM_UNDEFINED_RULE,
  PASSIVE_RUN_RULE,
];
