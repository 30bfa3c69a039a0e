import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { formatDateTime, useDebouncedValue } from '@tsunagu/web-ui';
import { useState } from 'react';
import { Link, useCanAccess, useCreatePath, useGetList, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { callerOf } from '../inquiry-form';

/** One contact as a line: when, how, who, and the start of what was said. */
function useContactLine() {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  return (i: InquiryDto) => ({
    primary: `${formatDateTime(i.receivedAt, locale)}・${translate(`tsunagu.enums.inquiry_method.${i.method}`)}・${callerOf(i) ?? translate('tsunagu.inquiries.anonymous')}`,
    secondary: i.summary.length > 80 ? `${i.summary.slice(0, 80)}…` : i.summary,
  });
}

/** Moves the contact into another chain, or (chainId null) into one of its own; says so and refreshes. */
function useChainMove(record: InquiryDto) {
  const dataProvider = useTsunaguDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);
  const move = (chainId: string | null, message: string, done: () => void) => {
    setPending(true);
    dataProvider
      .chainInquiry(record.id, { chainId, version: record.version })
      .then(
        () => {
          notify(message, { type: 'success' });
          done();
          refresh();
        },
        (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
      )
      .finally(() => setPending(false));
  };
  return { move, isPending };
}

/** "別の相談とつなげる": finds an earlier contact of the same person by search, and joins its chain. */
const LinkDialog = ({ record, onClose }: { record: InquiryDto; onClose: () => void }) => {
  const translate = useTranslate();
  const line = useContactLine();
  const [q, setQ] = useState('');
  const settled = useDebouncedValue(q.trim(), 300);
  const { data = [], isPending } = useGetList<InquiryDto>(
    RESOURCES.inquiries,
    { filter: settled ? { q: settled } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'receivedAt', order: 'DESC' } },
  );
  const others = data.filter((i) => i.chainId !== record.chainId);
  const { move, isPending: moving } = useChainMove(record);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="link-inquiry-title">
      <DialogTitle id="link-inquiry-title">{translate('tsunagu.inquiries.chain.link_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{translate('tsunagu.inquiries.chain.link_hint')}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={translate('tsunagu.inquiries.search_hint')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        {!isPending && others.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('tsunagu.inquiries.chain.none_found')}
          </Typography>
        ) : null}
        <MuiList dense aria-label={translate('tsunagu.inquiries.chain.link_title')}>
          {others.map((i) => {
            const { primary, secondary } = line(i);
            return (
              <ListItem key={i.id} disablePadding>
                <ListItemButton
                  disabled={moving}
                  onClick={() => move(i.chainId, 'tsunagu.inquiries.chain.linked', onClose)}
                  aria-label={`${translate('tsunagu.inquiries.chain.choose')}: ${primary}`}
                >
                  <ListItemText primary={primary} secondary={secondary} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </MuiList>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * 相談のつながり: the contacts of the same person (one chain), oldest first, and for supervisors
 * and coordinators the moves that link this contact to another chain or take it out of its own.
 */
export const ChainPanel = ({ record }: { record: InquiryDto }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const line = useContactLine();
  const { canAccess: mayChain } = useCanAccess({ resource: RESOURCES.inquiries, action: 'chain' });
  const [linking, setLinking] = useState(false);
  const { move, isPending } = useChainMove(record);
  const { data = [], total = 0 } = useGetList<InquiryDto>(RESOURCES.inquiries, {
    filter: { chainId: record.chainId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'receivedAt', order: 'ASC' },
  });
  const title = translate('tsunagu.inquiries.chain.title', { smart_count: total || record.chainSize });
  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-label={title} data-testid="inquiry-chain">
      <CardHeader
        title={title}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          mayChain ? (
            <Stack direction="row" spacing={1}>
              <Button size="small" onClick={() => setLinking(true)}>
                {translate('tsunagu.inquiries.chain.link')}
              </Button>
              {record.chainSize > 1 && !record.chainCaseId ? (
                <Button size="small" disabled={isPending} onClick={() => move(null, 'tsunagu.inquiries.chain.unlinked', () => undefined)}>
                  {translate('tsunagu.inquiries.chain.unlink')}
                </Button>
              ) : null}
            </Stack>
          ) : null
        }
      />
      <CardContent>
        {record.chainCaseId ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('tsunagu.inquiries.chain.has_case')}{' '}
            <Link to={createPath({ resource: RESOURCES.cases, id: record.chainCaseId, type: 'show' })}>{translate('tsunagu.inquiries.convert.open_case')}</Link>
          </Alert>
        ) : null}
        <MuiList dense>
          {data.map((i) => {
            const { primary, secondary } = line(i);
            const current = i.id === record.id;
            return (
              <ListItem key={i.id} disablePadding sx={current ? { bgcolor: "action.selected" } : undefined}>
                {current ? (
                  <ListItemText sx={{ px: 2 }} primary={`${primary}（${translate('tsunagu.inquiries.chain.this')}）`} secondary={secondary} />
                ) : (
                  <ListItemButton component={Link} to={createPath({ resource: RESOURCES.inquiries, id: i.id, type: 'show' })}>
                    <ListItemText primary={primary} secondary={secondary} />
                  </ListItemButton>
                )}
              </ListItem>
            );
          })}
        </MuiList>
      </CardContent>
      {linking ? <LinkDialog record={record} onClose={() => setLinking(false)} /> : null}
    </Card>
  );
};
