import {
  CCAR_PARTS,
  COVERAGE_STRENGTHS,
  FINDING_SEVERITIES,
  HEADING_STYLES,
  NARRATIVE_PARTS,
  type TNarrativeMigration,
  type TNarrativeReport,
} from '@ecq/core';
import { z } from 'zod';
import { ZSourceResponse } from './model';

/**
 * The wire shape of the narrative analyzer's report (core `analyzeNarrative`) and of a migration report (core
 * `migrateNarrative`). The schemas mirror the core types field by field, so the response is validated like
 * every other; what core leaves undefined goes out as null, never as a missing key. Every `start`/`end` is a
 * character offset into the analysed text (end exclusive), for the web editor to highlight.
 */

/** Read-only lists, as core returns them. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
/** A value core may leave undefined, sent as null. */
const orNull = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? null, schema.nullable());

const ZCount = z.number().int().min(0);
const ZSpan = z.object({ start: ZCount, end: ZCount });
const ZCcarPart = z.enum(CCAR_PARTS);
const ZStrength = z.enum(COVERAGE_STRENGTHS);

const ZCueHit = ZSpan.extend({ key: z.string(), pattern: z.string(), weight: z.number() });

const ZSentence = ZSpan.extend({
  part: z.enum(NARRATIVE_PARTS),
  partSource: z.enum(['labelled', 'inferred']),
  partScores: z.object({ challenge: z.number(), context: z.number(), action: z.number(), result: z.number() }),
  partCues: list(ZCueHit),
});

const ZExample = ZSpan.extend({
  index: ZCount,
  boundary: z.enum(['section-start', 'example-heading', 'title', 'ccar-label', 'paragraph']),
  title: orNull(ZSpan.extend({ text: z.string() })),
  isLabelled: z.boolean(),
  sentences: list(ZSentence),
  parts: list(
    ZSpan.extend({ part: z.enum(NARRATIVE_PARTS), partSource: z.enum(['labelled', 'inferred']), label: orNull(ZSpan) }),
  ),
  missingParts: list(ZCcarPart),
  wordCount: ZCount,
});

const ZHeading = ZSpan.extend({
  text: z.string(),
  match: z.object({
    ecqCode: z.string(),
    ecqName: z.string(),
    via: z.enum(['name', 'alias', 'other-model', 'number']),
    matchedModelId: z.string(),
    matchedCode: z.string(),
    matchedName: z.string(),
    nameSpan: orNull(ZSpan),
  }),
  styles: list(z.enum(HEADING_STYLES)),
});

export const ZNarrativeStructureResponse = z.object({
  modelId: z.string(),
  textLength: ZCount,
  preamble: orNull(ZSpan),
  sections: list(
    ZSpan.extend({
      index: ZCount,
      heading: orNull(ZHeading),
      ecqCode: orNull(z.string()),
      body: ZSpan,
      examples: list(ZExample),
    }),
  ),
  hasHeadings: z.boolean(),
});

const ZFiledBy = z.enum(['heading', 'classification', 'none']);

export const ZNarrativeFindingResponse = ZSpan.extend({
  ruleId: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
  source: ZSourceResponse,
  ecqCode: orNull(z.string()),
  sectionIndex: orNull(ZCount),
  exampleIndex: orNull(ZCount),
  marks: list(ZSpan),
});

const ZEvidence = ZSpan.extend({
  sectionIndex: ZCount,
  exampleIndex: ZCount,
  ecqCode: orNull(z.string()),
  score: z.number(),
  cues: list(ZCueHit),
});

const ZItemCoverage = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['sub', 'fundamental']),
  ecqCode: orNull(z.string()),
  score: z.number(),
  strength: ZStrength,
  evidence: list(ZEvidence),
  elsewhere: list(ZEvidence),
});

const ZEcqReadiness = z.object({
  ecqCode: z.string(),
  name: z.string(),
  status: z.enum(['ready', 'needs-work', 'not-ready', 'missing']),
  examples: ZCount,
  subsShown: ZCount,
  subsTotal: ZCount,
  errors: ZCount,
  warnings: ZCount,
  infos: ZCount,
  summary: z.string(),
  actions: list(z.string()),
});

export const ZNarrativeReadinessResponse = z.object({
  status: z.enum(['ready', 'needs-work', 'not-ready']),
  errors: ZCount,
  warnings: ZCount,
  infos: ZCount,
  summary: z.string(),
  actions: list(z.string()),
  notChecked: list(z.string()),
});

const ZPageReport = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-measured'), reason: z.string() }),
  z.object({
    status: z.literal('measured'),
    totalPages: z.number().min(0),
    basis: z.string(),
    bySection: list(z.object({ index: ZCount, ecqCode: orNull(z.string()), pages: z.number().min(0) })),
    byEcq: list(z.object({ ecqCode: z.string(), pages: z.number().min(0) })),
  }),
]);

/** The narrative limits an analysis ran under; a hiring action's frozen limits have the same shape. */
export const ZNarrativeLimitsResponse = z.object({
  maxTotalPages: z.number(),
  maxPagesPerEcq: z.number(),
  minExamplesPerEcq: z.number(),
  maxExamplesPerEcq: z.number(),
  maxExampleAgeYears: z.number(),
  idealExampleAgeYears: z.number(),
  minExampleWords: z.number(),
  passiveRunSentences: z.number(),
  storyOverlap: z.number(),
  allowedAcronyms: list(z.string()),
});

/** The analyzer's full report: structure, filings, per-ECQ reports, coverage, pages, findings, checks, readiness. */
export const ZNarrativeReportResponse = z.object({
  modelId: z.string(),
  modelTitle: z.string(),
  textLength: ZCount,
  wordCount: ZCount,
  limits: ZNarrativeLimitsResponse,
  structure: ZNarrativeStructureResponse,
  filings: list(
    z.object({
      sectionIndex: ZCount,
      exampleIndex: ZCount,
      ecqCode: orNull(z.string()),
      filedBy: ZFiledBy,
      classification: z.object({
        ecqCode: orNull(z.string()),
        ranking: list(z.object({ ecqCode: z.string(), score: z.number() })),
        margin: z.number(),
      }),
    }),
  ),
  ecqs: list(
    z.object({
      code: z.string(),
      name: z.string(),
      sectionIndexes: list(ZCount),
      examples: list(
        ZSpan.extend({
          sectionIndex: ZCount,
          exampleIndex: ZCount,
          filedBy: ZFiledBy,
          wordCount: ZCount,
          missingParts: list(ZCcarPart),
        }),
      ),
      coverage: list(z.object({ code: z.string(), name: z.string(), score: z.number(), strength: ZStrength })),
      pages: orNull(z.number().min(0)),
      findings: list(ZNarrativeFindingResponse),
      readiness: ZEcqReadiness,
    }),
  ),
  coverage: z.object({
    modelId: z.string(),
    lexiconId: z.string(),
    isDerivedLexicon: z.boolean(),
    source: ZSourceResponse,
    thresholds: z.object({ evidence: z.number(), weak: z.number(), moderate: z.number(), strong: z.number() }),
    items: list(ZItemCoverage),
    fundamentals: list(ZItemCoverage),
    matrix: z.object({
      columns: list(z.string()),
      rows: list(
        z.object({
          ecqCode: z.string(),
          cells: list(z.object({ itemCode: z.string(), score: z.number(), strength: ZStrength })),
        }),
      ),
    }),
  }),
  pages: ZPageReport,
  findings: list(ZNarrativeFindingResponse),
  checks: list(
    z.object({
      ruleId: z.string(),
      title: z.string(),
      source: ZSourceResponse,
      status: z.enum(['passed', 'found', 'not-measured', 'not-applicable']),
      reason: orNull(z.string()),
      findings: ZCount,
    }),
  ),
  readiness: ZNarrativeReadinessResponse,
});
export type TNarrativeReportResponse = z.output<typeof ZNarrativeReportResponse>;

/** A stored package's analysis: the report of its current version, and which version that is. */
export const ZNarrativeAnalysisResponse = ZNarrativeReportResponse.extend({ versionNumber: z.number().int().min(1) });

/** The report as the API sends it; the schema turns core's undefined values into nulls. */
export function presentNarrativeReport(report: TNarrativeReport): z.input<typeof ZNarrativeReportResponse> {
  return report;
}

const ZCompetencyRef = z.object({ code: z.string(), name: z.string() });
const ZMigratedEvidence = z.object({
  from: ZCompetencyRef,
  to: ZCompetencyRef.nullable(),
  kind: z.enum(['same', 'renamed', 'moved', 'removed', 'related']),
  note: z.string().nullable(),
  /** Sentences of the source version's text that showed the item (offsets into that text). */
  evidence: list(ZSpan.extend({ sectionIndex: ZCount, exampleIndex: ZCount, score: z.number() })),
  advice: z.string(),
});

/**
 * What a migration did and what is left to write (core `migrateNarrative`): headings renamed, evidence
 * carried, moved (External Awareness → Building Coalitions), only related, or for removed items, and the new
 * items with no evidence — the gaps.
 */
export const ZNarrativeMigrationResponse = z.object({
  crosswalkId: z.string(),
  fromModelId: z.string(),
  toModelId: z.string(),
  headings: list(
    ZSpan.extend({
      sectionIndex: ZCount,
      fromCode: z.string(),
      fromName: z.string(),
      toCode: z.string().nullable(),
      toName: z.string().nullable(),
      kind: z.enum(['same', 'renamed', 'moved', 'removed', 'related', 'unchanged']),
    }),
  ),
  carried: list(ZMigratedEvidence),
  moved: list(ZMigratedEvidence),
  related: list(ZMigratedEvidence),
  removed: list(ZMigratedEvidence),
  gaps: list(ZCompetencyRef),
  newWithEvidence: list(ZCompetencyRef.extend({ sentences: ZCount })),
  uncovered: list(ZCompetencyRef),
});
export type TNarrativeMigrationResponse = z.infer<typeof ZNarrativeMigrationResponse>;

function competencyRef(item: { readonly code: string; readonly name: string }): { code: string; name: string } {
  return { code: item.code, name: item.name };
}

/** A migration report without the draft text (it is the new package's first version). */
export function presentNarrativeMigration(migration: TNarrativeMigration): TNarrativeMigrationResponse {
  const evidence = (entry: TNarrativeMigration['carried'][number]) => ({
    from: competencyRef(entry.from),
    to: entry.to ? competencyRef(entry.to) : null,
    kind: entry.kind,
    note: entry.note ?? null,
    evidence: entry.evidence.map((e) => ({ start: e.start, end: e.end, sectionIndex: e.sectionIndex, exampleIndex: e.exampleIndex, score: e.score })),
    advice: entry.advice,
  });
  return {
    crosswalkId: migration.crosswalkId,
    fromModelId: migration.fromModelId,
    toModelId: migration.toModelId,
    headings: migration.headings.map((h) => ({
      start: h.start,
      end: h.end,
      sectionIndex: h.sectionIndex,
      fromCode: h.fromCode,
      fromName: h.fromName,
      toCode: h.toCode ?? null,
      toName: h.toName ?? null,
      kind: h.kind,
    })),
    carried: migration.carried.map(evidence),
    moved: migration.moved.map(evidence),
    related: migration.related.map(evidence),
    removed: migration.removed.map(evidence),
    gaps: migration.gaps.map(competencyRef),
    newWithEvidence: migration.newWithEvidence.map((n) => ({ ...competencyRef(n.item), sentences: n.evidence.length })),
    uncovered: migration.uncovered.map(competencyRef),
  };
}
