import { AppError, checkBoardComposition, type TBoardCompositionCheck, type TCaseAgency, type TQrbSettings } from '@ecq/core';
import { getQrbMembersByIds, type TDatabase, type TQrbMemberWithUser } from '@ecq/db';
import { toQrbMember } from '../qrb/to-qrb-member';

/**
 * The roster members named for a board, in the order named, each active.
 * @throws AppError `NOT_FOUND` / `VALIDATION_FAILED` naming `memberIds[i]`.
 */
export async function loadBoardMembers(db: TDatabase, memberIds: readonly string[]): Promise<TQrbMemberWithUser[]> {
  const found = await getQrbMembersByIds(db, memberIds);
  return memberIds.map((id, i) => {
    const member = found.find((m) => m.id === id);
    if (member === undefined) throw new AppError('NOT_FOUND', `memberIds[${i}]: no QRB roster member ${id}`, { field: `memberIds[${i}]` });
    if (!member.isActive) {
      throw new AppError('VALIDATION_FAILED', `memberIds[${i}]: ${member.name} is no longer on the active roster`, { field: `memberIds[${i}]` });
    }
    return member;
  });
}

/** core `checkBoardComposition` on roster members, for a case's agency when one is given (POLICY.md §2). */
export function checkRosterBoard(members: readonly TQrbMemberWithUser[], settings: TQrbSettings, candidateAgency?: TCaseAgency): TBoardCompositionCheck {
  return checkBoardComposition({ members: members.map(toQrbMember), settings, ...(candidateAgency === undefined ? {} : { candidateAgency }) });
}
