import { expect } from 'vitest';
import type { TNarrativeReport } from '../analyze-narrative';
import type { TNarrativeStructure, TSpan } from '../types';

/** Every span of a structure lies inside the text and parts sit inside their example. */
export function expectStructureInside(text: string, structure: TNarrativeStructure): void {
  const inside = (span: TSpan): void => {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  };
  if (structure.preamble) inside(structure.preamble);
  for (const section of structure.sections) {
    inside(section);
    inside(section.body);
    if (section.heading) {
      inside(section.heading);
      if (section.heading.match.nameSpan) inside(section.heading.match.nameSpan);
    }
    for (const example of section.examples) {
      inside(example);
      if (example.title) inside(example.title);
      for (const part of [...example.sentences, ...example.parts]) {
        inside(part);
        expect(part.start).toBeGreaterThanOrEqual(example.start);
        expect(part.end).toBeLessThanOrEqual(example.end);
      }
      for (const sentence of example.sentences) for (const cue of sentence.partCues) inside(cue);
    }
  }
}

/** Every offset anywhere in a report lies inside the text. */
export function expectReportInside(text: string, report: TNarrativeReport): void {
  expectStructureInside(text, report.structure);
  const inside = (span: TSpan): void => {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
  };
  for (const finding of report.findings) {
    inside(finding);
    finding.marks.forEach(inside);
  }
  for (const item of [...report.coverage.items, ...report.coverage.fundamentals]) {
    for (const evidence of [...item.evidence, ...item.elsewhere]) {
      inside(evidence);
      evidence.cues.forEach(inside);
    }
  }
  for (const ecq of report.ecqs) ecq.examples.forEach(inside);
}

/** The text a span covers. */
export function textOf(text: string, span: TSpan | undefined): string {
  return span === undefined ? '' : text.slice(span.start, span.end);
}
