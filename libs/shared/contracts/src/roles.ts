export const ROLES = ['admin', 'supervisor', 'coordinator', 'staff'] as const;
export type Role = (typeof ROLES)[number];
