import { Box, Card, CardContent, CardHeader, LinearProgress, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountRow, MonthRow, ReferralRow } from './chart-data';
import { formatCount, formatMonth } from './format';

/** Stable colours per method, distinguishable side by side (Tableau 10). */
export const METHOD_COLORS: Record<string, string> = {
  in_person: '#1f77b4',
  phone: '#ff7f0e',
  online: '#17becf',
  email: '#9467bd',
  sns: '#e377c2',
  accompanied: '#2ca02c',
  outreach: '#d62728',
  program: '#8c564b',
};
export const REFERRAL_STATUS_CHART_COLORS: Record<string, string> = {
  planned: '#90a4ae',
  referred: '#1976d2',
  accepted: '#43a047',
  declined: '#e53935',
  completed: '#1b5e20',
  cancelled: '#cfd8dc',
};
const OTHER_COLOR = '#7f7f7f';
const BAR_COLOR = '#1976d2';

/** Japanese and English axis text in the app's font, readable in screenshots and print. */
const TICK = { fontSize: 12, fill: '#424242' };

/** A chart or small table with its title as the figure's caption (its accessible name). */
export const ChartCard = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
  <Card component="figure" aria-label={title} data-testid={testId} sx={{ m: 0, height: '100%' }} variant="outlined">
    <CardHeader title={title} sx={{ pb: 0 }} slotProps={{ title: { variant: 'subtitle1', component: 'figcaption', fontWeight: 700 } }} />
    <CardContent>{children}</CardContent>
  </Card>
);

const Empty = ({ text }: { text: string }) => (
  <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
    {text}
  </Typography>
);

const useCountFormat = () => {
  const [locale] = useLocaleState();
  return (value: unknown) => formatCount(Number(value), locale);
};

/** 月別・方法別: one stacked bar per month, one colour per method. */
export const MonthlyContactsChart = ({ rows, methods, label }: { rows: MonthRow[]; methods: string[]; label: (method: string) => string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const count = useCountFormat();
  if (methods.length === 0) return <Empty text={translate('tsunagu.reports.activity.charts.no_contacts')} />;
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={(m: string) => formatMonth(m, locale)} tick={TICK} />
        <YAxis allowDecimals={false} tickFormatter={count} tick={TICK} width={48} />
        <Tooltip formatter={(value) => count(value)} labelFormatter={(m) => formatMonth(String(m), locale)} itemSorter={(item) => methods.indexOf(String(item.dataKey))} />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={(item) => methods.indexOf(String(item.dataKey))} />
        {methods.map((m) => (
          <Bar key={m} dataKey={m} name={label(m)} stackId="contacts" fill={METHOD_COLORS[m] ?? OTHER_COLOR} maxBarSize={72} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

/** A distribution over bands (age decade, duration), as horizontal bars so Japanese labels stay whole. */
export const DistributionChart = ({ rows, label, unit }: { rows: CountRow[]; label: (key: string) => string; unit: string }) => {
  const count = useCountFormat();
  const data = rows.map((r) => ({ label: label(r.key), count: r.count }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 30 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={count} tick={TICK} />
        <YAxis type="category" dataKey="label" width={104} tick={TICK} interval={0} />
        <Tooltip formatter={(value) => [count(value), unit]} />
        <Bar dataKey="count" name={unit} fill={BAR_COLOR} maxBarSize={28} isAnimationActive={false} label={{ position: 'right', fontSize: 12, formatter: (v: unknown) => (Number(v) ? count(v) : '') }} />
      </BarChart>
    </ResponsiveContainer>
  );
};

/** 紹介先の種別: a horizontal bar per agency type, stacked by the referrals' status. */
export const ReferralChart = ({
  rows,
  statuses,
  typeLabel,
  statusLabel,
}: {
  rows: ReferralRow[];
  statuses: string[];
  typeLabel: (type: string) => string;
  statusLabel: (status: string) => string;
}) => {
  const translate = useTranslate();
  const count = useCountFormat();
  if (rows.length === 0) return <Empty text={translate('tsunagu.reports.activity.charts.no_referrals')} />;
  const data = rows.map((r) => ({ ...r, label: typeLabel(r.type) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 40 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, left: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={count} tick={TICK} />
        <YAxis type="category" dataKey="label" width={200} tick={TICK} interval={0} />
        <Tooltip formatter={(value) => count(value)} itemSorter={(item) => statuses.indexOf(String(item.dataKey))} />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={(item) => statuses.indexOf(String(item.dataKey))} />
        {statuses.map((s) => (
          <Bar key={s} dataKey={s} name={statusLabel(s)} stackId="status" fill={REFERRAL_STATUS_CHART_COLORS[s] ?? OTHER_COLOR} maxBarSize={28} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

/** A small table of counts with a bar showing each one's share of the largest. */
export const CountTable = ({ rows, label, title }: { rows: CountRow[]; label: (key: string) => string; title: string }) => {
  const count = useCountFormat();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Table size="small" aria-label={title}>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', width: '40%' }}>
              {label(r.key)}
            </TableCell>
            <TableCell sx={{ width: '45%' }}>
              <Box aria-hidden>
                <LinearProgress variant="determinate" value={(r.count / max) * 100} sx={{ height: 8, borderRadius: 1 }} />
              </Box>
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {count(r.count)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** A key figure: a large number with its name and what it counts. */
export const KpiTile = ({ label, value, hint, testId }: { label: string; value: number; hint: string; testId?: string }) => {
  const count = useCountFormat();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId} role="group" aria-label={label}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {count(value)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      </CardContent>
    </Card>
  );
};
