import type { FamilyMemberDto } from '@tsunagu/contracts';

/** 家族: shown and edited on the case page only (no screens of their own). */
export const familyMembers = {
  recordRepresentation: (record: FamilyMemberDto) => record.name,
};
