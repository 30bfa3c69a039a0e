import { Alert, Button } from '@mui/material';
import { drafts } from '@tsunagu/web-data-access';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useMe } from '@tsunagu/web-ui';

/**
 * Where the signed-in user's draft of a form is kept (`form` names the form, `caseId` the case it
 * belongs to); null until the user is known. Pass it to <FormDraft> and drop it on a successful save.
 */
export function useDraftKey(form: string, caseId?: string | null): string | null {
  const { id } = useMe();
  return id ? drafts.keyOf({ userId: id, form, caseId }) : null;
}

/** Forgets a draft: after a successful save. */
export const discardDraft = (key: string | null) => {
  if (key) drafts.remove(key);
};

/** Nothing typed: an emptied field ('' or null) or an empty list counts as untouched. */
const blank = (value: unknown) => (value === '' || value === undefined || (Array.isArray(value) && !value.length) ? null : value);

function sameAsDefaults(values: Record<string, unknown>, defaults: Record<string, unknown> | undefined): boolean {
  const keys = new Set([...Object.keys(values), ...Object.keys(defaults ?? {})]);
  return [...keys].every((key) => JSON.stringify(blank(values[key])) === JSON.stringify(blank(defaults?.[key])));
}

/**
 * Put inside a react-admin <Form>: keeps what is typed in the browser tab's session storage while
 * the form differs from its defaults, puts it back when the form opens again (a trip to another
 * tab or page, a reload) and says so, with a button to throw the draft away.
 */
export const FormDraft = ({ draftKey }: { draftKey: string | null }) => {
  const translate = useTranslate();
  const { reset, getValues } = useFormContext();
  const values = useWatch();
  const { defaultValues } = useFormState();
  const dirty = !sameAsDefaults(values, defaultValues);
  const [restored, setRestored] = useState(false);
  const [toRestore, setToRestore] = useState<Record<string, unknown> | null>(null);
  const readFor = useRef<string | null>(null);

  // Keeping comes first, and waits while a draft is being put back: it must not see the values from before.
  useEffect(() => {
    if (!draftKey || readFor.current !== draftKey || toRestore) return;
    if (dirty) drafts.write(draftKey, values);
    else drafts.remove(draftKey);
  }, [draftKey, values, dirty, toRestore]);

  // Read on opening; put back one render later, after react-admin's form has set its defaults.
  useEffect(() => {
    if (!draftKey || readFor.current === draftKey) return;
    readFor.current = draftKey;
    setToRestore(drafts.read(draftKey));
  }, [draftKey]);

  useEffect(() => {
    if (!toRestore) return;
    reset({ ...getValues(), ...toRestore }, { keepDefaultValues: true });
    setToRestore(null);
    setRestored(true);
  }, [toRestore, reset, getValues]);

  if (!restored) return null;
  return (
    <Alert
      severity="info"
      data-testid="draft-restored"
      sx={{ mb: 2 }}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            discardDraft(draftKey);
            reset();
            setRestored(false);
          }}
        >
          {translate('tsunagu.common.draft_discard')}
        </Button>
      }
    >
      {translate('tsunagu.common.draft_restored')}
    </Alert>
  );
};
