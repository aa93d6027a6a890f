import { AppError } from '../errors/app-error';
import { crosswalkId, type TCrosswalk } from './crosswalk';
import { ECQ_2006_TO_2025 } from './data/ecq-2006--ecq-2025';
import { ECQ_2025_TO_2025_MAY } from './data/ecq-2025--ecq-2025-may';

export { ECQ_2006_TO_2025, ECQ_2025_TO_2025_MAY };

export const BUILT_IN_CROSSWALKS: readonly TCrosswalk[] = [ECQ_2006_TO_2025, ECQ_2025_TO_2025_MAY];

/**
 * The crosswalk between two models.
 * @throws AppError `UNKNOWN_CROSSWALK` naming the field and listing the crosswalks there are.
 */
export function getCrosswalk(
  fromModelId: string,
  toModelId: string,
  crosswalks: readonly TCrosswalk[] = BUILT_IN_CROSSWALKS,
): TCrosswalk {
  const found = crosswalks.find((c) => c.fromModel.id === fromModelId && c.toModel.id === toModelId);
  if (found) return found;
  const known = crosswalks.map((c) => `${c.fromModel.id} → ${c.toModel.id}`).join(', ');
  throw new AppError(
    'UNKNOWN_CROSSWALK',
    `crosswalk: none from "${fromModelId}" to "${toModelId}" (id ${crosswalkId(fromModelId, toModelId)}); known: ${known}`,
    { field: 'crosswalk' },
  );
}
