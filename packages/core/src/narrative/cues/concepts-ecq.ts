import type { TCue } from './types';

/**
 * ECQ-level cues: words that point at an ECQ as a whole rather than at one of its sub-competencies. They
 * add to the sub-competency scores when an unlabelled example is classified (ECQ Workbench's judgement,
 * POLICY.md §3, low confidence).
 */

export const LEADING_CHANGE_ECQ_CUES: readonly TCue[] = [
  ['change', 1], ['change management', 2], ['organizational change', 2.5], ['transformation', 1.5], ['reform*', 1.5],
  ['modernization', 1], ['new direction', 1.5], ['reinvent*', 2], ['overhaul*', 1.5], ['status quo', 1],
];

export const LEADING_PEOPLE_ECQ_CUES: readonly TCue[] = [
  ['employees', 0.8], ['staff', 0.8], ['supervis*', 1], ['direct reports', 1.5], ['people', 0.5], ['managers', 0.5],
  ['workforce', 0.3], ['morale', 1], ['personnel', 0.5], ['my team', 1],
];

export const RESULTS_ECQ_CUES: readonly TCue[] = [
  ['results', 1], ['deliver*', 0.8], ['outcome*', 0.8], ['performance', 0.5], ['goal*', 0.5], ['quality', 0.8],
  ['backlog*', 1], ['timeliness', 1.5], ['production', 1], ['inventory', 1],
];

export const RESOURCES_ECQ_CUES: readonly TCue[] = [
  ['resources', 1], ['resource*', 0.5], ['business', 1], ['investment*', 1], ['organizational success', 2],
  ['stewardship', 1], ['efficien*', 0.8],
];

export const COALITIONS_ECQ_CUES: readonly TCue[] = [
  ['stakeholders', 1], ['coalition*', 2], ['external', 1], ['outside the agency', 1.5], ['across government', 1.5],
  ['interagency', 1], ['common goals', 2], ['community', 0.8],
];
