import type { FamilyMemberDto } from '@tsunagu/contracts';
import { enumKey } from '@tsunagu/web-ui';
import { useRecordContext, useTranslate } from 'react-admin';

/** A family member as people name them: relationship, then name (母 田中 恵子). */
export function useFamilyLabel() {
  const translate = useTranslate();
  return (m: Pick<FamilyMemberDto, 'relationship' | 'name'>) => `${translate(enumKey('relationship', m.relationship))} ${m.name}`;
}

/** The family member in context, by relationship and name: for pickers and reference fields. */
export const FamilyMemberName = () => {
  const record = useRecordContext<FamilyMemberDto>();
  const label = useFamilyLabel();
  return record ? <>{label(record)}</> : null;
};
