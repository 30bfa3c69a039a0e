import { RESOURCES, type FamilyMemberDto } from '@tsunagu/contracts';
import { useFamilyLabel } from '@tsunagu/web-cases';
import { enumKey } from '@tsunagu/web-ui';
import { CheckboxGroupInput, useGetList, useTranslate } from 'react-admin';
import { MET_AGENCY, MET_CLIENT, metFamily } from './entry-form';

/** The family of a case, for "who was met" and attendance. */
export function useFamily(caseId: string | undefined) {
  return useGetList<FamilyMemberDto>(
    RESOURCES.familyMembers,
    { filter: { caseId }, sort: { field: 'createdAt', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!caseId },
  );
}

/** 「母 田中 恵子」: relationship, then name. */

/**
 * Who was met, as one row of checkboxes: 本人, each family member by name, and (for interviews)
 * agency people. One click on 「母 田中 恵子」 is all a call with the mother needs.
 */
export const MetInput = ({ caseId, withClient = true, withAgency = true }: { caseId: string; withClient?: boolean; withAgency?: boolean }) => {
  const translate = useTranslate();
  const label = useFamilyLabel();
  const { data: family = [] } = useFamily(caseId);
  const choices = [
    ...(withClient ? [{ id: MET_CLIENT, name: translate(enumKey('participant', 'client')) }] : []),
    ...family.map((m) => ({ id: metFamily(m.id), name: label(m) })),
    ...(withAgency ? [{ id: MET_AGENCY, name: translate(enumKey('participant', 'agency')) }] : []),
  ];
  return <CheckboxGroupInput source="met" label="tsunagu.contacts.met" choices={choices} translateChoice={false} defaultValue={[]} />;
};
