import type { TSourceRef } from '../policy/source';
import type { TCaseAgency, TQrbMember } from './qrb-member';
import { QRB_SOURCES } from './qrb-sources';

export interface TMemberConflict {
  readonly code: 'conflict-of-interest';
  readonly memberId: string;
  readonly message: string;
  readonly source: TSourceRef;
}

/**
 * Whether a roster member may sit on a case: a member from the candidate's own agency may not (POLICY.md
 * §2, medium-high: none from the candidate's agency). The refusal explains why, for the administrator
 * assembling the board.
 */
export function checkMemberConflict(member: TQrbMember, candidateAgency: TCaseAgency): TMemberConflict | undefined {
  if (member.agencyId !== candidateAgency.id) return undefined;
  return {
    code: 'conflict-of-interest',
    memberId: member.id,
    source: QRB_SOURCES.board,
    message:
      `${member.name} cannot sit on this case: they serve at ${member.agencyName}, the candidate's own agency. ` +
      'QRB members judge candidates from other agencies only, so that no member certifies their own agency\'s selection. ' +
      'Choose a member from another agency.',
  };
}
