import { describe, expect, it } from 'vitest';
import { ECQ_2006, ECQ_2025, ECQ_2025_MAY } from '../../policy/packs';
import { SOURCES } from '../../policy/source';
import { analyzeNarrative, type TAnalyzeNarrativeOptions } from '../analyze-narrative';
import type { TCueLexicon } from '../cues/types';
import type { TMeasurePages } from '../measure-pages';
import { corpusText, goodPackage } from '../testing/sample-package';
import {
  ACRONYM_UNDEFINED_RULE,
  ACTION_FIRST_PERSON_RULE,
  CCAR_PARTS_MISSING_RULE,
  ECQ_MISSING_RULE,
  EXAMPLE_ECQ_MISMATCH_RULE,
  EXAMPLE_RECENCY_RULE,
  EXAMPLES_MAXIMUM_RULE,
  EXAMPLES_MINIMUM_RULE,
  FUNDAMENTAL_COVERAGE_RULE,
  NARRATIVE_RULES,
  PAGES_PER_ECQ_RULE,
  PAGES_TOTAL_RULE,
  PASSIVE_RUN_RULE,
  RESULT_MEASURABLE_RULE,
  STORY_REUSED_RULE,
  SUB_COMPETENCY_COVERAGE_RULE,
} from '.';
import type { TNarrativeRule } from './rule';

const TODAY = '2025-11-01';
const C = 'In 2023 the regional office faced a backlog of 9,000 claims and was failing its timeliness goals.';
const X = 'As Director of Operations, I oversaw 240 employees in three field offices.';
const A = 'I established cross-trained teams, I set weekly targets and I reviewed progress with each supervisor.';
const R = 'As a result, the backlog fell by 62 percent within eight months.';
const STORY = `${C} ${X} ${A} ${R}`;

function run(rule: TNarrativeRule, text: string, options: Partial<TAnalyzeNarrativeOptions> = {}) {
  const report = analyzeNarrative(text, { model: ECQ_2025, today: TODAY, ...options, rules: [rule] });
  return { findings: report.findings, check: report.checks[0]!, report };
}

describe('every rule', () => {
  it('has a unique id, a POLICY.md source and a confidence', () => {
    expect(new Set(NARRATIVE_RULES.map((r) => r.id)).size).toBe(NARRATIVE_RULES.length);
    for (const rule of NARRATIVE_RULES) {
      expect(rule.id).toMatch(/^narrative\.[a-z-]+$/);
      expect(rule.source.policyRef).toMatch(/^POLICY\.md §\d/);
      expect(['high', 'medium-high', 'medium', 'low']).toContain(rule.source.confidence);
    }
  });

  it('never fails a package on a medium or low confidence rule: its errors become warnings', () => {
    const lowRule: TNarrativeRule = {
      id: 'narrative.test-low',
      title: 'test',
      source: SOURCES.ours,
      check: () => ({ status: 'checked', findings: [{ severity: 'error', message: 'boom', start: -5, end: 10_000 }] }),
    };
    const [finding] = run(lowRule, 'short text').findings;
    expect(finding).toMatchObject({ severity: 'warning', start: 0, end: 'short text'.length, ruleId: 'narrative.test-low' });
    const report = analyzeNarrative(`${goodPackage()}\n\nExample 2\n${STORY}\n\nExample 3\n${STORY.replace('2023', '2009')}`, {
      model: ECQ_2025,
      today: TODAY,
    });
    for (const f of report.findings.filter((f) => f.severity === 'error')) expect(['high', 'medium-high']).toContain(f.source.confidence);
  });
});

describe(ECQ_MISSING_RULE.id, () => {
  it('errors for each ECQ with no section and no example, pointing where it would go', () => {
    const text = goodPackage().split('\n\nECQ 5: Building Coalitions')[0]!;
    const { findings } = run(ECQ_MISSING_RULE, text);
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['error', 'BC']]);
    expect(findings[0]!.start).toBe(text.trimEnd().length);
  });
  it('is quiet when every expected ECQ is there', () => {
    expect(run(ECQ_MISSING_RULE, goodPackage()).findings).toEqual([]);
    expect(run(ECQ_MISSING_RULE, `Leading Change\n${STORY}`, { expectedEcqs: ['LC'] }).findings).toEqual([]);
  });
});

describe(EXAMPLES_MINIMUM_RULE.id, () => {
  it('errors for a heading over a placeholder', () => {
    const { findings } = run(EXAMPLES_MINIMUM_RULE, `Leading Change\n${STORY}\n\nBuilding Coalitions\nTo be written.`);
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['error', 'BC']]);
  });
  it('is quiet when each present ECQ has an example of substance', () => {
    expect(run(EXAMPLES_MINIMUM_RULE, `Leading Change\n${STORY}`).findings).toEqual([]);
  });
});

describe(EXAMPLES_MAXIMUM_RULE.id, () => {
  const examples = (n: number) => Array.from({ length: n }, (_, k) => `Example ${k + 1}\n${STORY}`).join('\n\n');
  it('warns at a third example under one ECQ, highlighting the extra one', () => {
    const text = `Leading People\n${examples(3)}`;
    const { findings } = run(EXAMPLES_MAXIMUM_RULE, text);
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['warning', 'LP']]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toMatch(/^Example 3/);
  });
  it('is quiet at two, or at three when the vacancy allows three', () => {
    expect(run(EXAMPLES_MAXIMUM_RULE, `Leading People\n${examples(2)}`).findings).toEqual([]);
    expect(run(EXAMPLES_MAXIMUM_RULE, `Leading People\n${examples(3)}`, { limits: { maxExamplesPerEcq: 3 } }).findings).toEqual([]);
  });
});

describe(STORY_REUSED_RULE.id, () => {
  it('warns when the same story is told under two ECQs', () => {
    const story = corpusText('c25-lp-1');
    const { findings } = run(STORY_REUSED_RULE, `Leading People\n${story}\n\nBuilding Coalitions\n${story.replace('2022', '2021')}`);
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['warning', 'BC']]);
    expect(findings[0]!.marks).toHaveLength(1);
  });
  it('is quiet for different stories', () => {
    expect(run(STORY_REUSED_RULE, goodPackage()).findings).toEqual([]);
  });
});

describe(EXAMPLE_RECENCY_RULE.id, () => {
  it('warns past 10 years and notes past 5, marking the years', () => {
    const old = run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY.replace('2023', '2009')}`).findings;
    expect(old.map((f) => f.severity)).toEqual(['warning']);
    expect(old[0]!.message).toContain('2009');
    const older = run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY.replace('In 2023', 'In FY12')}`).findings;
    expect(older.map((f) => f.severity)).toEqual(['warning']);
    expect(run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY.replace('2023', '2018')}`).findings.map((f) => f.severity)).toEqual(['info']);
  });
  it('is quiet for recent examples, ignores future targets and head counts, and is not measured without a date', () => {
    expect(run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY} The plan runs to 2030.`).findings).toEqual([]);
    expect(run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY.replace('In 2023', 'With 2000 employees')}`).findings).toEqual([]);
    const { check } = run(EXAMPLE_RECENCY_RULE, `Leading Change\n${STORY}`, { today: undefined });
    expect(check).toMatchObject({ status: 'not-measured' });
  });
});

describe(CCAR_PARTS_MISSING_RULE.id, () => {
  it('warns when an example has no Result', () => {
    const { findings } = run(CCAR_PARTS_MISSING_RULE, `Leading Change\nChallenge: ${C}\nContext: ${X}\nAction: ${A}`);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toContain('no Result');
  });
  it('is quiet for a complete example', () => {
    expect(run(CCAR_PARTS_MISSING_RULE, `Leading Change\n${STORY}`).findings).toEqual([]);
  });
});

describe(RESULT_MEASURABLE_RULE.id, () => {
  it('warns when the Result has nothing measurable, marking it', () => {
    const text = `Leading Change\nChallenge: ${C}\nContext: ${X}\nAction: ${A}\nResult: Leadership praised the effort and staff were pleased.`;
    const { findings } = run(RESULT_MEASURABLE_RULE, text);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('Leadership praised the effort and staff were pleased.');
  });
  it('is quiet for numbers, percentages, dollars or number words', () => {
    expect(run(RESULT_MEASURABLE_RULE, `Leading Change\n${STORY}`).findings).toEqual([]);
    const words = `Leading Change\nChallenge: ${C}\nContext: ${X}\nAction: ${A}\nResult: Wait times were halved.`;
    expect(run(RESULT_MEASURABLE_RULE, words).findings).toEqual([]);
  });
});

describe(ACTION_FIRST_PERSON_RULE.id, () => {
  it('warns when actions say "we" more than "I", marking each "we"', () => {
    const text = `Leading People\n${C} ${X} We formed teams and we set targets. Our managers met weekly and we adjusted. ${R}`;
    const { findings } = run(ACTION_FIRST_PERSON_RULE, text);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.marks.map((m) => text.slice(m.start, m.end).toLowerCase())).toEqual(['we', 'we', 'our', 'we']);
  });
  it('is quiet when the actions are written with "I"', () => {
    expect(run(ACTION_FIRST_PERSON_RULE, `Leading People\n${STORY} We celebrated together.`).findings).toEqual([]);
  });
});

describe(ACRONYM_UNDEFINED_RULE.id, () => {
  it('warns once per acronym never spelled out, marking every use', () => {
    const text = `Leading People\n${STORY} FEVS scores rose and FEVS comments improved; the HR office agreed.`;
    const { findings } = run(ACRONYM_UNDEFINED_RULE, text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['FEVS', 'HR']);
    expect(findings.map((f) => f.ecqCode)).toEqual(['LP', 'LP']);
    expect(findings[0]!.marks).toHaveLength(2);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('accepts acronyms spelled out before or after, allowed ones, and all-capital headings', () => {
    const text = `LEADING PEOPLE (FY24)\nThe Federal Employee Viewpoint Survey (FEVS) rose. OPM (Office of Personnel Management) agreed. The SES and ECQ ${STORY} FEVS again.`;
    expect(run(ACRONYM_UNDEFINED_RULE, text).findings).toEqual([]);
  });
});

describe(PASSIVE_RUN_RULE.id, () => {
  it('warns at three passive sentences in a row', () => {
    const text = `Driving Results\n${C} A review was conducted. The causes were identified. A new process was established. ${R}`;
    const { findings } = run(PASSIVE_RUN_RULE, text);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('A review was conducted. The causes were identified. A new process was established.');
    expect(findings[0]!.marks.map((m) => text.slice(m.start, m.end))).toEqual(['was conducted', 'were identified', 'was established']);
  });
  it('is quiet for two passive sentences broken by an active one', () => {
    const text = `Driving Results\n${C} A review was conducted. The causes were identified. I then set new targets. A new process was established. ${R}`;
    expect(run(PASSIVE_RUN_RULE, text).findings).toEqual([]);
  });
});

describe('page rules', () => {
  const pages = (total: number, perSection: number): TMeasurePages => (request) => ({
    totalPages: total,
    sections: request.sections.map((s) => ({ index: s.index, pages: perSection })),
    basis: 'US Letter, 1-inch margins, Times 12 pt (test)',
  });

  it(`${PAGES_TOTAL_RULE.id}: errors above 10 pages, is quiet at 10, reports "not measured" with no layout engine`, () => {
    expect(run(PAGES_TOTAL_RULE, goodPackage(), { measurePages: pages(11, 2) }).findings.map((f) => f.severity)).toEqual(['error']);
    expect(run(PAGES_TOTAL_RULE, goodPackage(), { measurePages: pages(10, 2) }).findings).toEqual([]);
    const { check, findings } = run(PAGES_TOTAL_RULE, goodPackage());
    expect(findings).toEqual([]);
    expect(check).toMatchObject({ status: 'not-measured', reason: 'no page layout engine was provided' });
  });

  it(`${PAGES_PER_ECQ_RULE.id}: warns above 2 pages per ECQ, or above a vacancy's 1 page; quiet within`, () => {
    const over = run(PAGES_PER_ECQ_RULE, goodPackage(), { measurePages: pages(9, 2.4) }).findings;
    expect(over.map((f) => [f.severity, f.ecqCode])).toEqual([
      ['warning', 'LC'],
      ['warning', 'LP'],
      ['warning', 'DR'],
      ['warning', 'AOS'],
      ['warning', 'BC'],
    ]);
    expect(run(PAGES_PER_ECQ_RULE, goodPackage(), { measurePages: pages(9, 1.8) }).findings).toEqual([]);
    expect(run(PAGES_PER_ECQ_RULE, goodPackage(), { measurePages: pages(9, 1.5), limits: { maxPagesPerEcq: 1 } }).findings).toHaveLength(5);
  });

  it('report a failing or nonsensical layout engine as not measured', () => {
    const failing: TMeasurePages = () => {
      throw new Error('font missing');
    };
    expect(run(PAGES_TOTAL_RULE, goodPackage(), { measurePages: failing }).check.reason).toContain('font missing');
    expect(run(PAGES_TOTAL_RULE, goodPackage(), { measurePages: pages(Number.NaN, 1) }).check.status).toBe('not-measured');
  });
});

/** A lexicon whose only cue for each item is its name, so coverage is exactly predictable. */
function namesLexicon(model = ECQ_2025): TCueLexicon {
  return {
    id: 'names',
    modelId: model.id,
    title: 'names',
    source: SOURCES.ours,
    isDerived: true,
    cues: Object.fromEntries(model.items.map((i) => [i.code, [[i.name.toLowerCase().replace('/', ' '), 3] as const]])),
  };
}

describe(SUB_COMPETENCY_COVERAGE_RULE.id, () => {
  it('warns listing the sub-competencies of an ECQ with no evidence', () => {
    const text = `Leading Change\n${C} ${X} I showed innovation and agility and resilience. ${R}`;
    const { findings } = run(SUB_COMPETENCY_COVERAGE_RULE, text, { lexicon: namesLexicon() });
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['warning', 'LC']]);
    expect(findings[0]!.message).toContain('Strategic Thinking, Vision, Systems Thinking (3 of 6');
  });
  it('is quiet when each is shown, and not applicable to a model without sub-competencies', () => {
    const text = `Leading Change\n${C} ${X} I showed innovation, agility and resilience. I used strategic thinking, vision and systems thinking. ${R}`;
    expect(run(SUB_COMPETENCY_COVERAGE_RULE, text, { lexicon: namesLexicon() }).findings).toEqual([]);
    expect(run(SUB_COMPETENCY_COVERAGE_RULE, text, { model: ECQ_2025_MAY }).check.status).toBe('not-applicable');
  });
});

describe(FUNDAMENTAL_COVERAGE_RULE.id, () => {
  it('notes the 2006 fundamentals with no evidence anywhere', () => {
    const { findings } = run(FUNDAMENTAL_COVERAGE_RULE, `Leading Change\n${STORY}`, { model: ECQ_2006, lexicon: namesLexicon(ECQ_2006) });
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0]!.message).toContain('Integrity/Honesty');
  });
  it('is quiet when all show, and not applicable to the 2025 model', () => {
    const text = `Leading Change\n${C} ${X} I used interpersonal skills, oral communication and integrity honesty. My written communication, continual learning and public service motivation helped. ${R}`;
    expect(run(FUNDAMENTAL_COVERAGE_RULE, text, { model: ECQ_2006, lexicon: namesLexicon(ECQ_2006) }).findings).toEqual([]);
    expect(run(FUNDAMENTAL_COVERAGE_RULE, text).check.status).toBe('not-applicable');
  });
});

describe(EXAMPLE_ECQ_MISMATCH_RULE.id, () => {
  it('notes a budget story filed under Leading People', () => {
    const { findings } = run(EXAMPLE_ECQ_MISMATCH_RULE, `Leading People\n${corpusText('c25-aos-1')}`);
    expect(findings.map((f) => [f.severity, f.ecqCode])).toEqual([['info', 'LP']]);
    expect(findings[0]!.message).toContain('Achieving Organizational Success');
  });
  it('is quiet when the story sits under its ECQ', () => {
    expect(run(EXAMPLE_ECQ_MISMATCH_RULE, `Achieving Organizational Success\n${corpusText('c25-aos-1')}`).findings).toEqual([]);
  });
});
