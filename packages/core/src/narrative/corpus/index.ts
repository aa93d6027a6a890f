import { buildCorpusExample } from './build-corpus';
import { ECQ_2006_CHANGE_AND_PEOPLE } from './ecq-2006-change-and-people';
import { ECQ_2006_RESULTS_BUSINESS_COALITIONS } from './ecq-2006-results-business-coalitions';
import { ECQ_2025_BUILDING_COALITIONS } from './ecq-2025-building-coalitions';
import { ECQ_2025_DRIVING_RESULTS } from './ecq-2025-driving-results';
import { ECQ_2025_LEADING_CHANGE } from './ecq-2025-leading-change';
import { ECQ_2025_LEADING_PEOPLE } from './ecq-2025-leading-people';
import { ECQ_2025_ORGANIZATIONAL_SUCCESS } from './ecq-2025-organizational-success';
import type { TCorpusExample } from './types';

/**
 * The evaluation corpus (issue 4, part 5): original example narratives written by ECQ Workbench across every
 * sub-competency of the 2006 and January 2025 models, with hand labels (ECQ, sub-competencies, CCAR spans),
 * including poor ones. Every third example is held out; cues are never tuned on it.
 */
export const NARRATIVE_CORPUS: readonly TCorpusExample[] = [
  ...ECQ_2025_LEADING_CHANGE,
  ...ECQ_2025_LEADING_PEOPLE,
  ...ECQ_2025_DRIVING_RESULTS,
  ...ECQ_2025_ORGANIZATIONAL_SUCCESS,
  ...ECQ_2025_BUILDING_COALITIONS,
  ...ECQ_2006_CHANGE_AND_PEOPLE,
  ...ECQ_2006_RESULTS_BUSINESS_COALITIONS,
].map(buildCorpusExample);
