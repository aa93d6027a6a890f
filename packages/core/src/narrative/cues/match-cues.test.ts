import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors/app-error';
import { ECQ_2006, ECQ_2025, ECQ_2025_MAY } from '../../policy/packs';
import { CCAR_WORD_CUES } from '../ccar/ccar-cues';
import { tokenize } from '../text/tokenize';
import { compileCues, matchCues } from './match-cues';
import { BUILT_IN_CUE_LEXICONS, cueLexiconFor } from './lexicon-for';
import type { TCueSets } from './types';

const hitsIn = (sets: TCueSets, text: string) => matchCues(compileCues(sets), tokenize(text)).map((h) => [h.key, h.pattern, text.slice(h.start, h.end)]);

describe('matchCues', () => {
  it('matches words in any case, prefixes, capitalised words exactly, and gaps', () => {
    const sets: TCueSets = {
      A: [['negotiat*', 3], ['common ground', 2], ['IT', 2], ['resolv* ~ dispute*', 2], ['MOU*', 3]],
    };
    expect(hitsIn(sets, 'We NEGOTIATED until we found common-ground; it was IT that resolved the two long disputes under MOUs.')).toEqual([
      ['A', 'negotiat*', 'NEGOTIATED'],
      ['A', 'common ground', 'common-ground'],
      ['A', 'IT', 'IT'],
      ['A', 'resolv* ~ dispute*', 'resolved the two long disputes'],
      ['A', 'MOU*', 'MOUs'],
    ]);
    expect(hitsIn(sets, 'it resolved nothing; the mouse moved')).toEqual([]);
  });

  it('counts each cue once per call', () => {
    expect(hitsIn({ A: [['team*', 1]] }, 'team teams teamwork')).toEqual([['A', 'team*', 'team']]);
  });

  it('rejects malformed patterns with a field-named error', () => {
    for (const bad of [['ab*', 1], ['~ word', 1], ['word ~', 1], ['word', 0], ['', 1]] as const) {
      try {
        compileCues({ X: [bad] });
        expect.unreachable(`"${bad[0]}" should be rejected`);
      } catch (error) {
        expect(isAppError(error) && error.code === 'VALIDATION_FAILED' && error.field === 'cues.X').toBe(true);
      }
    }
  });
});

describe('cue lexicons', () => {
  it('cover every ECQ, sub-competency and fundamental of their model and name nothing else', () => {
    for (const model of [ECQ_2006, ECQ_2025]) {
      const lexicon = cueLexiconFor(model);
      expect(lexicon.isDerived).toBe(false);
      expect(Object.keys(lexicon.cues).sort()).toEqual(model.items.map((i) => i.code).sort());
    }
    expect(Object.keys(cueLexiconFor(ECQ_2006).cues).filter((c) => c.startsWith('FC.'))).toHaveLength(6);
    expect(Object.keys(cueLexiconFor(ECQ_2025).cues).filter((c) => c.includes('.'))).toHaveLength(25);
  });

  it('compile, and list no pattern twice for one item', () => {
    for (const sets of [...BUILT_IN_CUE_LEXICONS.map((l) => l.cues), CCAR_WORD_CUES]) {
      expect(compileCues(sets).size).toBeGreaterThan(0);
      for (const [code, cues] of Object.entries(sets)) {
        const patterns = cues.map((c) => c[0]);
        expect(new Set(patterns).size, `duplicate pattern under ${code}`).toBe(patterns.length);
      }
    }
  });

  it('derive cues from names and descriptions for a model with no curated lexicon', () => {
    const lexicon = cueLexiconFor(ECQ_2025_MAY);
    expect(lexicon.isDerived).toBe(true);
    expect(Object.keys(lexicon.cues)).toEqual(['ROL', 'DE', 'MC', 'LP', 'AR']);
    expect(hitsIn(lexicon.cues, 'I drove efficiency by streamlining approvals.').map((h) => h[0])).toContain('DE');
    expect(cueLexiconFor(ECQ_2025_MAY)).toBe(lexicon);
  });
});
