import { ROLES, type TUserWithRoles } from '@ecq/db';
import { z } from 'zod';

export const ZUserResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  agencyId: z.uuid().nullable(),
  roles: z.array(z.enum(ROLES)),
  isActive: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TUserResponse = z.infer<typeof ZUserResponse>;

/** The wire shape of a user: never the password hash. */
export function presentUser(user: TUserWithRoles): TUserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    agencyId: user.agencyId,
    roles: [...user.roles],
    isActive: user.isActive,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
