import type { TQrbMember } from '@ecq/core';
import type { TQrbMemberWithUser } from '@ecq/db';

/** A roster member as core's board rules read them (POLICY.md §2): their agency is their account's. */
export function toQrbMember(member: TQrbMemberWithUser): TQrbMember {
  return {
    id: member.id,
    name: member.name,
    agencyId: member.agencyId ?? '',
    agencyName: member.agencyName ?? 'no agency',
    appointment: member.appointment,
    hasPriorQrbService: member.hasPriorQrbService,
  };
}
