import { describe, expect, it } from 'vitest';
import { ECQ_2006, ECQ_2025, ECQ_2025_MAY } from '../policy/packs';
import { segmentNarrative } from './segment-narrative';
import { expectStructureInside, textOf } from './testing/expect-spans';

const CHALLENGE = 'In 2022 the claims office faced a backlog of 40,000 cases and was failing its timeliness goals.';
const CONTEXT = 'As Director of Operations, I oversaw 640 employees in three locations.';
const ACTION = 'I established cross-trained teams and I negotiated new schedules with the union.';
const RESULT = 'As a result, processing time fell by 31 percent within nine months.';
const PROSE = `${CHALLENGE} ${CONTEXT} ${ACTION} ${RESULT}`;

function segment(text: string, model = ECQ_2025) {
  const structure = segmentNarrative(text, { model });
  expectStructureInside(text, structure);
  return structure;
}

describe('segmentNarrative: ECQ sections', () => {
  it('reads headings in mixed dress: ECQ numbering, markdown, roman numerals, bullets, bold, all caps, a Word table row', () => {
    const text = [
      'Jane Q. Candidate — ECQ narratives',
      '',
      'ECQ 1: LEADING CHANGE',
      PROSE,
      '## 2. Leading People',
      PROSE,
      'III. Driving Results',
      PROSE,
      '• **ECQ #4 – Achieving Organizational Success**',
      PROSE,
      'ECQ 5\tBuilding Coalitions\t',
      PROSE,
    ].join('\n');
    const structure = segment(text);
    expect(structure.sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(textOf(text, structure.preamble)).toBe('Jane Q. Candidate — ECQ narratives');
    const styles = structure.sections.map((s) => s.heading?.styles ?? []);
    expect(styles[0]).toEqual(expect.arrayContaining(['ecq-number', 'all-caps']));
    expect(styles[1]).toEqual(expect.arrayContaining(['markdown', 'numbered']));
    expect(styles[3]).toEqual(expect.arrayContaining(['bullet', 'emphasis', 'ecq-number']));
    expect(styles[4]).toEqual(expect.arrayContaining(['table']));
    for (const section of structure.sections) expect(textOf(text, section.body)).toBe(PROSE);
  });

  it('reads 2006 names under the 2025 model through the crosswalk, and 2025 names under the 2006 model', () => {
    const text = `Results Driven\n${PROSE}\n\nBusiness Acumen:\n${PROSE}`;
    const sections = segment(text).sections;
    expect(sections.map((s) => [s.ecqCode, s.heading?.match.via, s.heading?.match.matchedModelId])).toEqual([
      ['DR', 'other-model', 'ecq-2006'],
      ['AOS', 'other-model', 'ecq-2006'],
    ]);
    expect(textOf(text, sections[0]!.heading?.match.nameSpan)).toBe('Results Driven');
    const back = segment(`Driving Results\n${PROSE}`, ECQ_2006);
    expect(back.sections[0]?.ecqCode).toBe('RD');
  });

  it('reads a bare "ECQ 3" by position, and names of the May 2025 model and its aliases', () => {
    expect(segment(`ECQ 3\n${PROSE}`).sections[0]?.heading?.match).toMatchObject({ ecqCode: 'DR', via: 'number', nameSpan: undefined });
    const may = segment(`Commitment to the Rule of Law\n${PROSE}\n\nLeading People\n${PROSE}`, ECQ_2025_MAY);
    expect(may.sections.map((s) => [s.ecqCode, s.heading?.match.via])).toEqual([
      ['ROL', 'alias'],
      ['LP', 'name'],
    ]);
  });

  it('does not take a sentence that starts with an ECQ name for a heading', () => {
    const text = `Leading change in a regulatory agency is slow work, and I learned that in 2021.\n${PROSE}`;
    const structure = segment(text);
    expect(structure.hasHeadings).toBe(false);
    expect(structure.sections).toHaveLength(1);
    expect(structure.sections[0]?.ecqCode).toBeUndefined();
  });

  it('makes one unassigned section of text with no heading at all, and none of blank text', () => {
    const structure = segment(`\n\n  ${PROSE}\n`);
    expect(structure.sections).toHaveLength(1);
    expect(structure.sections[0]!.heading).toBeUndefined();
    expect(textOf(`\n\n  ${PROSE}\n`, structure.sections[0])).toBe(PROSE);
    expect(segment(' \n\t\n').sections).toEqual([]);
    expect(segment('').sections).toEqual([]);
  });
});

describe('segmentNarrative: examples', () => {
  it('splits at "Example 1" lines and keeps their titles', () => {
    const text = `Leading Change\nExample 1: Claims modernization\n${PROSE}\n\nExample 2 – Field scheduling\n${PROSE}`;
    const [section] = segment(text).sections;
    expect(section!.examples.map((e) => [e.boundary, e.title?.text])).toEqual([
      ['example-heading', 'Example 1: Claims modernization'],
      ['example-heading', 'Example 2 – Field scheduling'],
    ]);
    expect(section!.examples[0]!.sentences).toHaveLength(4);
  });

  it('takes a title on the line after a bare "Example 1" as part of the heading', () => {
    const text = `Leading Change\nExample 1\nModernizing Claims Intake\n${PROSE}\n\nAccomplishment 2\n${PROSE}`;
    const examples = segment(text).sections[0]!.examples;
    expect(examples.map((e) => e.title?.text)).toEqual(['Example 1\nModernizing Claims Intake', 'Accomplishment 2']);
    expect(examples.map((e) => e.sentences.length)).toEqual([4, 4]);
  });

  it('splits at short title lines standing alone before prose', () => {
    const text = `ECQ 1: Leading Change\n\nModernizing Claims Intake\n${PROSE}\n\nRebuilding the Field Schedule\n${PROSE}`;
    const examples = segment(text).sections[0]!.examples;
    expect(examples.map((e) => e.title?.text)).toEqual(['Modernizing Claims Intake', 'Rebuilding the Field Schedule']);
    expect(examples.map((e) => e.boundary)).toEqual(['title', 'title']);
  });

  it('splits blank-line-separated stories where a result paragraph is followed by a new challenge', () => {
    const text = `Leading People\n\n${PROSE}\n\n${PROSE.replace('2022', '2019')}`;
    const examples = segment(text).sections[0]!.examples;
    expect(examples.map((e) => e.boundary)).toEqual(['section-start', 'paragraph']);
    expect(examples.every((e) => e.missingParts.length === 0)).toBe(true);
  });

  it('keeps the paragraphs of one story together', () => {
    const text = `Leading People\n\n${CHALLENGE}\n\n${CONTEXT}\n\n${ACTION}\n\n${RESULT}`;
    const examples = segment(text).sections[0]!.examples;
    expect(examples).toHaveLength(1);
    expect(examples[0]!.sentences.map((s) => s.part)).toEqual(['challenge', 'context', 'action', 'result']);
  });

  it('splits where a Challenge label follows a Result label', () => {
    const labelled = `Challenge: ${CHALLENGE}\nContext: ${CONTEXT}\nAction: ${ACTION}\nResult: ${RESULT}`;
    const examples = segment(`Building Coalitions\n${labelled}\n${labelled}`).sections[0]!.examples;
    expect(examples.map((e) => e.boundary)).toEqual(['section-start', 'ccar-label']);
    expect(examples.every((e) => e.isLabelled && e.missingParts.length === 0)).toBe(true);
  });

  it('handles bullets inside an example as separate sentences', () => {
    const text = `Driving Results\n${CHALLENGE} ${CONTEXT}\nActions I took:\n• I set weekly targets for each team\n• I reviewed results every Friday\n- I retrained 40 staff\n${RESULT}`;
    const [example] = segment(text).sections[0]!.examples;
    const sentences = example!.sentences.map((s) => textOf(text, s));
    expect(sentences).toContain('• I set weekly targets for each team');
    expect(sentences).toContain('- I retrained 40 staff');
  });
});

describe('segmentNarrative: CCAR parts', () => {
  it('reads word labels in any dress: bold, capitals, dashes, a label alone on its line', () => {
    const text = `Leading Change\n**Challenge:** ${CHALLENGE}\nCONTEXT – ${CONTEXT}\nAction\n${ACTION}\n__Result__: ${RESULT}`;
    const [example] = segment(text).sections[0]!.examples;
    expect(example!.parts.map((p) => [p.part, p.partSource])).toEqual([
      ['challenge', 'labelled'],
      ['context', 'labelled'],
      ['action', 'labelled'],
      ['result', 'labelled'],
    ]);
    expect(textOf(text, example!.parts[0]!.label)).toBe('**Challenge:** ');
    expect(example!.sentences.map((s) => textOf(text, s))).toEqual([CHALLENGE, CONTEXT, ACTION, RESULT]);
  });

  it('reads one-letter labels in order: the first C is Challenge, the second Context', () => {
    const text = `Leading People\nC: ${CHALLENGE}\nC: ${CONTEXT}\nA: ${ACTION}\nR: ${RESULT}`;
    const [example] = segment(text).sections[0]!.examples;
    expect(example!.sentences.map((s) => s.part)).toEqual(['challenge', 'context', 'action', 'result']);
  });

  it('reads a Word table flattened to tab-separated lines', () => {
    const text = `ECQ 2\tLeading People\nChallenge\t${CHALLENGE}\nContext\t${CONTEXT}\nAction\t${ACTION}\nResult\t${RESULT}\nVerification\tJohn Smith, Deputy Administrator, 202-555-0100`;
    const [section] = segment(text).sections;
    expect(section!.ecqCode).toBe('LP');
    const [example] = section!.examples;
    expect(example!.sentences.map((s) => s.part)).toEqual(['challenge', 'context', 'action', 'result', 'verification']);
    expect(example!.missingParts).toEqual([]);
  });

  it('infers unlabelled parts sentence by sentence and shows the scores and cues behind each', () => {
    const [example] = segment(`Leading People\n${PROSE}`).sections[0]!.examples;
    expect(example!.isLabelled).toBe(false);
    expect(example!.sentences.map((s) => [s.part, s.partSource])).toEqual([
      ['challenge', 'inferred'],
      ['context', 'inferred'],
      ['action', 'inferred'],
      ['result', 'inferred'],
    ]);
    const result = example!.sentences[3]!;
    expect(result.partScores.result).toBeGreaterThan(result.partScores.action);
    expect(result.partCues.map((c) => c.pattern)).toEqual(expect.arrayContaining(['as a result', 'a percentage']));
  });

  it('reports the parts a story lacks', () => {
    const [example] = segment(`Leading Change\n${CHALLENGE} ${ACTION}`).sections[0]!.examples;
    expect(example!.missingParts).toEqual(expect.arrayContaining(['context', 'result']));
  });
});
