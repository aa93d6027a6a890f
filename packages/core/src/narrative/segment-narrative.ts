import type { TCrosswalk } from '../crosswalk/crosswalk';
import type { TCompetencyModel } from '../policy/model';
import { headingIndexFor, matchEcqHeading } from './resolve-ecq-heading';
import { splitExamples } from './split-examples';
import { splitLines, trimSpan } from './text/split-lines';
import { indexTokens, type TTokenIndex } from './text/token-index';
import type { TNarrativeHeading, TNarrativeSection, TNarrativeStructure, TSpan } from './types';

export interface TSegmentNarrativeOptions {
  readonly model: TCompetencyModel;
  /** Crosswalks whose one-to-one ECQ links let other models' names head sections; the built-in ones by default. */
  readonly crosswalks?: readonly TCrosswalk[];
  /** The text's tokens, when the caller already has them; built here otherwise. */
  readonly tokens?: TTokenIndex;
}

/**
 * Finds the structure of an ECQ narrative in plain text (POLICY.md §3): ECQ sections by their headings
 * (names and aliases read from the governing model and, through crosswalks, from other models; "ECQ 1"
 * numbering; any dress), the examples in each section, and each example's CCAR parts. With no heading at
 * all the text is one unassigned section whose examples are classified later. Every span is an offset
 * pair into `text`. Pure and synchronous; linear in the length of the text.
 */
export function segmentNarrative(text: string, options: TSegmentNarrativeOptions): TNarrativeStructure {
  const index = headingIndexFor(options.model, options.crosswalks);
  const lines = splitLines(text);
  const tokens = options.tokens ?? indexTokens(text);
  const headings: TNarrativeHeading[] = [];
  for (const line of lines) {
    if (line.isBlank) continue;
    const heading = matchEcqHeading(line, index);
    if (heading) headings.push(heading);
  }
  const whole = trimSpan(text, 0, text.length);
  const sections: TNarrativeSection[] = [];
  let preamble: TSpan | undefined;
  if (headings.length === 0) {
    if (whole.end > whole.start) sections.push(section(text, 0, undefined, whole, whole, tokens));
  } else {
    const before = trimSpan(text, 0, headings[0]!.start);
    preamble = before.end > before.start ? before : undefined;
    headings.forEach((heading, k) => {
      const next = headings[k + 1]?.start ?? text.length;
      const span = trimSpan(text, heading.start, next);
      const body = trimSpan(text, heading.end, next);
      sections.push(section(text, k, heading, span, body, tokens));
    });
  }
  return { modelId: options.model.id, textLength: text.length, preamble, sections, hasHeadings: headings.length > 0 };
}

function section(
  text: string,
  index: number,
  heading: TNarrativeHeading | undefined,
  span: TSpan,
  body: TSpan,
  tokens: TTokenIndex,
): TNarrativeSection {
  return {
    start: span.start,
    end: span.end,
    index,
    heading,
    ecqCode: heading?.match.ecqCode,
    body,
    examples: splitExamples(text, body, tokens),
  };
}
