import type { TSession } from '../api/wire-types';
import { canBrowseModels, canImportModels, canWriteNarratives } from '../auth/permissions';

export interface TNavItem {
  readonly to: string;
  readonly label: string;
  /** Whether the signed-in user (or a visitor, null) may use the page. */
  readonly isVisible: (session: TSession | null) => boolean;
}

/** The primary navigation, in order; each entry shows only to those its predicate admits. */
export const PRIMARY_NAV: readonly TNavItem[] = [
  { to: '/models', label: 'Models', isVisible: canBrowseModels },
  { to: '/crosswalks', label: 'Crosswalks', isVisible: canBrowseModels },
  { to: '/which-model', label: 'Which model applies', isVisible: canBrowseModels },
  { to: '/narratives', label: 'My ECQ packages', isVisible: canWriteNarratives },
  { to: '/import-model', label: 'Import a model', isVisible: canImportModels },
];
