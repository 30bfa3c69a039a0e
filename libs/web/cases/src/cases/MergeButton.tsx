import { Autocomplete, Button, TextField } from '@mui/material';
import { RESOURCES, type CaseDto } from '@tsunagu/contracts';
import { ReasonDialog } from '@tsunagu/web-ui';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { useCaseMove } from './use-case-move';

const label = (c: CaseDto) => `${c.caseNumber} ${c.clientName}${c.birthYear ? `（${c.birthYear}年生）` : ''}`;

/**
 * The supervisor merges a duplicate into this case: chosen among the center's other cases by
 * number or name; its family, consents, contact records and referrals move here, and it is closed
 * as a duplicate that links to this one. Asks for the reason, which the trail keeps.
 */
export const MergeButton = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const { run, isPending } = useCaseMove();
  const [open, setOpen] = useState(false);
  // A duplicate usually shares the family name: the search starts from it.
  const [search, setSearch] = useState((record.clientNameKana ?? record.clientName).split(/[\s\u3000]/)[0]);
  const [duplicate, setDuplicate] = useState<CaseDto | null>(null);
  const { data = [], isPending: searching } = useGetList<CaseDto>(
    RESOURCES.cases,
    { filter: search.trim() ? { q: search.trim() } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'caseNumber', order: 'ASC' } },
    { enabled: open },
  );
  const options = data.filter((c) => c.id !== record.id && !c.mergedIntoId);
  const merge = (reason: string) => {
    if (duplicate) run((dp) => dp.mergeCase(record.id, { duplicateId: duplicate.id, reason }), 'tsunagu.cases.merge.done', () => setOpen(false), {
        number: duplicate.caseNumber,
      });
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('tsunagu.cases.merge.button')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.merge.title"
          message="tsunagu.cases.merge.message"
          confirmLabel="tsunagu.cases.merge.confirm"
          canConfirm={!!duplicate}
          isPending={isPending}
          onConfirm={({ reason }) => merge(reason)}
          onClose={() => setOpen(false)}
        >
          <Autocomplete
            options={options}
            value={duplicate}
            loading={searching}
            filterOptions={(x) => x}
            getOptionLabel={label}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            inputValue={duplicate ? label(duplicate) : search}
            onInputChange={(_, value, reason) => {
              if (reason === 'input') {
                setDuplicate(null);
                setSearch(value);
              }
            }}
            onChange={(_, value) => setDuplicate(value)}
            noOptionsText={translate('tsunagu.cases.merge.no_match')}
            renderInput={(params) => <TextField {...params} label={translate('tsunagu.cases.merge.duplicate')} margin="dense" required />}
          />
        </ReasonDialog>
      ) : null}
    </>
  );
};
