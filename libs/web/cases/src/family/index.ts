import { createElement } from 'react';
import { FamilyMemberName } from './family-label';

export { FamilyMemberName, useFamilyLabel } from './family-label';

/** 家族: shown and edited on the case page only (no screens of their own); named 母 田中 恵子. */
export const familyMembers = {
  recordRepresentation: createElement(FamilyMemberName),
};
