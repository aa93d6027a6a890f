import * as z from 'zod';

/** Longest package title and candidate name (API forms, package files, the exporters' running header). */
export const NARRATIVE_TITLE_MAX_LENGTH = 200;
export const NARRATIVE_CANDIDATE_NAME_MAX_LENGTH = 200;

/**
 * Longest narrative text, in characters. A 10-page package (POLICY.md §3, at most 10 pages) is about 5,000
 * words, some 35,000 characters; this leaves room for drafts several times longer than any limit allows.
 */
export const NARRATIVE_TEXT_MAX_LENGTH = 200_000;

/** Longest policy-pack id (`ecq-2025`, an imported pack's slug, or a model UUID). */
export const NARRATIVE_MODEL_ID_MAX_LENGTH = 200;

const ZPositive = z.number().positive();
const ZCount = z.number().int().positive();

/**
 * Per-vacancy overrides of the narrative limits (core `TNarrativeLimits`; POLICY.md §3: page limits are per
 * vacancy, e.g. `{ "maxPagesPerEcq": 1 }`). Each field is checked alone here; `resolveNarrativeLimits` checks
 * them together (a minimum above its maximum…).
 */
export const ZNarrativeLimitsOverrides = z.strictObject({
  maxTotalPages: ZPositive.exactOptional(),
  maxPagesPerEcq: ZPositive.exactOptional(),
  minExamplesPerEcq: z.number().int().min(0).exactOptional(),
  maxExamplesPerEcq: ZCount.exactOptional(),
  maxExampleAgeYears: ZPositive.exactOptional(),
  idealExampleAgeYears: ZPositive.exactOptional(),
  minExampleWords: ZCount.exactOptional(),
  passiveRunSentences: ZCount.exactOptional(),
  storyOverlap: z.number().positive().max(1).exactOptional(),
  allowedAcronyms: z.array(z.string().min(1).max(20)).max(500).exactOptional(),
});
export type TNarrativeLimitsOverrides = z.infer<typeof ZNarrativeLimitsOverrides>;

export const ZNarrativeTitle = z.string().trim().min(1).max(NARRATIVE_TITLE_MAX_LENGTH);
export const ZCandidateName = z.string().trim().min(1).max(NARRATIVE_CANDIDATE_NAME_MAX_LENGTH);
export const ZNarrativeText = z.string().max(NARRATIVE_TEXT_MAX_LENGTH);
export const ZNarrativeModelId = z
  .string()
  .min(1)
  .max(NARRATIVE_MODEL_ID_MAX_LENGTH)
  .describe('a policy pack id such as ecq-2025; the model that governs hiring today when absent');

/**
 * A narrative package as a file (`ecq export my-package.json`) and as the API creates one: the candidate's
 * name for the running header, a title, the governing model (the one `policyFor('hiring', today)` names when
 * absent), the text, and per-vacancy limits.
 */
export const ZNarrativePackageFile = z.strictObject({
  candidateName: ZCandidateName,
  title: ZNarrativeTitle,
  modelId: ZNarrativeModelId.optional(),
  text: ZNarrativeText,
  limits: ZNarrativeLimitsOverrides.optional(),
});
export type TNarrativePackageFile = z.infer<typeof ZNarrativePackageFile>;
