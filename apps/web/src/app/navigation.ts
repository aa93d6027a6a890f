import type { TSession } from '../api/wire-types';
import {
  canAdministerQrb,
  canBrowseModels,
  canFollowOwnQrbCases,
  canImportModels,
  canManageHiringActions,
  canReviewQrbCases,
  canWriteNarratives,
  hasRole,
} from '../auth/permissions';

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
  { to: '/qrb/cases', label: 'My QRB cases', isVisible: canFollowOwnQrbCases },
  { to: '/hiring-actions', label: 'Hiring actions', isVisible: canManageHiringActions },
  { to: '/qrb/cases', label: 'QRB cases', isVisible: (session) => hasRole(session, 'agency_hr') || hasRole(session, 'opm_admin') },
  { to: '/qrb/queue', label: 'QRB queue', isVisible: canAdministerQrb },
  { to: '/qrb/admin', label: 'QRB administration', isVisible: canAdministerQrb },
  { to: '/qrb/reviews', label: 'My QRB reviews', isVisible: canReviewQrbCases },
  { to: '/import-model', label: 'Import a model', isVisible: canImportModels },
];
