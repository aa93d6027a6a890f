import { fundamentalsOf } from '../../policy/model';
import { checked, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * The model's fundamental competencies (2006: judged across the whole narrative, POLICY.md §1) with no
 * evidence anywhere in the package: noted for information (read from cues, low confidence).
 */
export const FUNDAMENTAL_COVERAGE_RULE: TNarrativeRule = {
  id: 'narrative.fundamental-coverage',
  title: 'Fundamental competencies show across the package',
  source: NARRATIVE_SOURCES.fundamentals,
  check: (context) => {
    if (fundamentalsOf(context.model).length === 0) {
      return { status: 'not-applicable', reason: `${context.model.title} has no fundamental competencies` };
    }
    if (context.examples.length === 0) return checked([]);
    const missing = context.coverage.fundamentals.filter((f) => f.strength === 'none');
    if (missing.length === 0) return checked([]);
    return checked([
      {
        severity: 'info',
        message: `Fundamental competencies with no evidence anywhere in the package: ${missing.map((m) => m.name).join(', ')}.`,
        start: 0,
        end: context.text.length,
      },
    ]);
  },
};
