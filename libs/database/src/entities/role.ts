/** Roles in increasing power: each role may do everything the ones before it may. */
export enum Role {
  Reviewer = 'reviewer',
  Lead = 'lead',
  Admin = 'admin',
}

export const ROLE_RANK: Record<Role, number> = { [Role.Reviewer]: 1, [Role.Lead]: 2, [Role.Admin]: 3 };

/** Whether `role` may do what `minimum` may. */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minimum];
}
