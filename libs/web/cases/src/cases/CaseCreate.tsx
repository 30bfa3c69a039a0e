import { RESOURCES } from '@tsunagu/contracts';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { discardDraft, FormDraft, useDraftKey } from '../drafts';
import { caseFormToApi } from './case-form';
import { CaseInputs } from './CaseInputs';

/**
 * A new case; the duplicate check is shown as the name, kana and birth date are typed. What is
 * typed is kept as a draft (chief concerns are long) until the case is saved or the draft discarded.
 */
export const CaseCreate = () => {
  const draftKey = useDraftKey('case');
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      redirect="show"
      transform={caseFormToApi}
      mutationOptions={{
        onSuccess: (data: { id: string }) => {
          discardDraft(draftKey);
          notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', RESOURCES.cases, data.id);
        },
      }}
    >
      <SimpleForm warnWhenUnsavedChanges>
        <FormDraft draftKey={draftKey} />
        <CaseInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
