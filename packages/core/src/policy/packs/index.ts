import type { TCalendarDate } from '../../dates/calendar-date';
import { AppError } from '../../errors/app-error';
import type { TPolicyPack } from '../pack';
import { SOURCES, withConfidence } from '../source';
import { ECQ_2006 } from './ecq-2006';
import { ECQ_2025 } from './ecq-2025';
import { ECQ_2025_MAY } from './ecq-2025-may';

export { ECQ_2006, ECQ_2025, ECQ_2025_MAY };

const d = (date: string) => date as TCalendarDate;

/** The alternative group of the two 2025 models; which one governs is a deployment setting. */
export const ECQ_2025_GROUP = 'ecq-2025';

/** The 2006 model governs every process from 2006-10-01 until a later pack takes over (POLICY.md §1). */
export const ECQ_2006_PACK: TPolicyPack = {
  id: ECQ_2006.id,
  model: ECQ_2006,
  isBuiltIn: true,
  alternative: undefined,
  effective: (['hiring', 'appraisal', 'development'] as const).map((process) => ({
    process,
    from: d('2006-10-01'),
    basis: 'the 2006 ECQ model applies from 2006-10-01 until a later model takes over',
    source: SOURCES.ecq2006,
  })),
};

/**
 * The January 2025 model and its phased start (POLICY.md §1; seed memo): hiring actions initiated on or
 * after 2025-07-01; performance plans from 2025-10-01 (FY2026); development "during FY2026", which we take
 * from the first day of FY2026 (medium confidence).
 */
export const ECQ_2025_PACK: TPolicyPack = {
  id: ECQ_2025.id,
  model: ECQ_2025,
  isBuiltIn: true,
  alternative: { group: ECQ_2025_GROUP, isDefault: true },
  effective: [
    {
      process: 'hiring',
      from: d('2025-07-01'),
      basis: 'hiring actions initiated on or after 2025-07-01 must be based on the new ECQs (OPM memo of 2025-01-15)',
      source: SOURCES.memo2025,
    },
    {
      process: 'appraisal',
      from: d('2025-10-01'),
      basis: 'SES performance plans must reflect the new ECQs from 2025-10-01, the FY2026 cycle (OPM memo of 2025-01-15)',
      source: SOURCES.memo2025,
    },
    {
      process: 'development',
      from: d('2025-10-01'),
      basis: 'SES development is updated during FY2026 (OPM memo of 2025-01-15); taken from the first day of FY2026',
      source: withConfidence(SOURCES.memo2025, 'medium'),
    },
  ],
};

/**
 * The May 2025 model (POLICY.md §1): effective immediately for hiring from 2025-05-29. The memo concerns
 * hiring; for appraisal and development we keep the January model's FY2026 start (medium confidence).
 */
export const ECQ_2025_MAY_PACK: TPolicyPack = {
  id: ECQ_2025_MAY.id,
  model: ECQ_2025_MAY,
  isBuiltIn: true,
  alternative: { group: ECQ_2025_GROUP, isDefault: false },
  effective: [
    {
      process: 'hiring',
      from: d('2025-05-29'),
      basis: 'OPM\'s Merit Hiring Plan memo of 2025-05-29 made the five new ECQs effective immediately for SES hiring',
      source: SOURCES.memo2025May,
    },
    {
      process: 'appraisal',
      from: d('2025-10-01'),
      basis: 'performance plans move to 2025 ECQs with the FY2026 cycle starting 2025-10-01',
      source: withConfidence(SOURCES.memo2025May, 'medium'),
    },
    {
      process: 'development',
      from: d('2025-10-01'),
      basis: 'SES development moves to 2025 ECQs during FY2026; taken from the first day of FY2026',
      source: withConfidence(SOURCES.memo2025May, 'medium'),
    },
  ],
};

/** Every pack that ships with ECQ Workbench, oldest first. */
export const BUILT_IN_PACKS: readonly TPolicyPack[] = [ECQ_2006_PACK, ECQ_2025_PACK, ECQ_2025_MAY_PACK];

/**
 * Looks a pack up by id (or model UUID).
 * @throws AppError `UNKNOWN_MODEL` naming `field` and listing the known ids.
 */
export function getPack(id: string, packs: readonly TPolicyPack[] = BUILT_IN_PACKS, field = 'model'): TPolicyPack {
  const pack = packs.find((p) => p.id === id || p.model.uuid === id.toLowerCase());
  if (pack) return pack;
  throw new AppError(
    'UNKNOWN_MODEL',
    `${field}: no model "${id}"; known models: ${packs.map((p) => p.id).join(', ')}`,
    { field },
  );
}
