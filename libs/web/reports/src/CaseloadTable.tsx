import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography, type ChipProps } from '@mui/material';
import { RESOURCES, type CaseloadCounts, type CaseloadReport, type CaseloadRow } from '@tsunagu/contracts';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatCount } from './format';

type Severity = NonNullable<ChipProps['color']>;

const GROUPS = ['cases', 'contacts', 'no_contact', 'alerts', 'process'] as const;

interface Column {
  key: keyof CaseloadCounts;
  group: (typeof GROUPS)[number];
  /** Alerts are highlighted when not zero. */
  severity?: Severity;
  hint?: boolean;
}

/** The caseload figures in the order of the CSV, grouped: cases, contacts in the period, alerts at its end. */
export const CASELOAD_COLUMNS: readonly Column[] = [
  { key: 'leadCases', group: 'cases' },
  { key: 'secondCases', group: 'cases' },
  { key: 'newCases', group: 'cases' },
  { key: 'closedCases', group: 'cases' },
  { key: 'contacts', group: 'contacts' },
  { key: 'interviews', group: 'contacts' },
  { key: 'outreachVisits', group: 'contacts' },
  { key: 'attendances', group: 'contacts' },
  { key: 'noContact30', group: 'no_contact', severity: 'info' },
  { key: 'noContact60', group: 'no_contact', severity: 'warning' },
  { key: 'noContact90', group: 'no_contact', severity: 'error' },
  { key: 'overdueFollowUps', group: 'alerts', severity: 'error', hint: true },
  { key: 'cases8050', group: 'alerts', severity: 'warning', hint: true },
  { key: 'familyOnlyCases', group: 'alerts', severity: 'secondary', hint: true },
  { key: 'assessmentsOverdue', group: 'process', severity: 'error', hint: true },
  { key: 'assessmentsDueSoon', group: 'process', severity: 'warning', hint: true },
  { key: 'notAssessed', group: 'process', severity: 'secondary', hint: true },
  { key: 'planReviewsOverdue', group: 'process', severity: 'error', hint: true },
  { key: 'planReviewsDueSoon', group: 'process', severity: 'warning', hint: true },
  { key: 'noPlan', group: 'process', severity: 'secondary', hint: true },
];


/** An alert figure: a coloured chip when some cases need attention, a quiet zero otherwise. */
const AlertCount = ({ value, severity, strong }: { value: number; severity: Severity; strong?: boolean }) => {
  const [locale] = useLocaleState();
  if (!value) {
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        {formatCount(0, locale)}
      </Typography>
    );
  }
  return (
    <Chip
      size="small"
      color={severity}
      variant={strong ? 'filled' : 'outlined'}
      label={formatCount(value, locale)}
      data-alert={severity}
      sx={{ fontWeight: 700, minWidth: 36, '& .MuiChip-label': { px: 1 } }}
    />
  );
};

export interface CaseloadTableProps {
  report: CaseloadReport;
  /** Rows are centers (administrators: counts only), not people. */
  byCenter?: boolean;
  /** Supervisors: a coordinator's name opens the case list filtered to their cases. */
  linkToCases?: boolean;
  title: string;
}

/** The first column of each group, which gets a rule on its left. */
const GROUP_START = new Set(CASELOAD_COLUMNS.filter((c, i) => i === 0 || CASELOAD_COLUMNS[i - 1].group !== c.group).map((c) => c.key));
const ruled = (c: Column) => (GROUP_START.has(c.key) ? { borderLeft: 1, borderColor: 'divider' } : undefined);

const casesOf = (id: string) => `/${RESOURCES.cases}?filter=${encodeURIComponent(JSON.stringify({ coordinatorId: id }))}`;

/**
 * 担当ケースの状況: per coordinator (or center), the open cases they lead and second, new and
 * closed cases and contacts in the period, and what needs attention at its end, highlighted.
 */
export const CaseloadTable = ({ report, byCenter, linkToCases, title }: CaseloadTableProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const column = (key: keyof CaseloadCounts) => translate(`tsunagu.reports.caseload.columns.${key}`);
  const cell = (row: CaseloadCounts, c: Column, strong = false) =>
    c.severity ? <AlertCount value={row[c.key]} severity={c.severity} strong={strong || c.severity === 'error'} /> : formatCount(row[c.key], locale);
  if (report.rows.length === 0) {
    return <Typography color="text.secondary">{translate('tsunagu.reports.caseload.empty')}</Typography>;
  }
  const nameHeading = translate(byCenter ? 'tsunagu.reports.caseload.center' : 'tsunagu.reports.caseload.coordinator');
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        aria-label={title}
        sx={{
          '& th, & td': { whiteSpace: 'nowrap', px: 1, fontSize: '0.8125rem' },
          // Headings wrap only when the screen is too narrow for them (English headings are longer).
          '& thead th': { whiteSpace: 'normal' },
          '& .name': { whiteSpace: 'normal', minWidth: 88, maxWidth: 176 },
          '& td.figure, & th.figure': { textAlign: 'right' },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell rowSpan={2} className="name">
              {nameHeading}
            </TableCell>
            {GROUPS.map((g) => (
              <TableCell
                key={g}
                align="center"
                colSpan={CASELOAD_COLUMNS.filter((c) => c.group === g).length}
                sx={{ borderLeft: 1, borderColor: 'divider', fontWeight: 700 }}
              >
                {translate(`tsunagu.reports.caseload.groups.${g}`)}
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            {CASELOAD_COLUMNS.map((c) => {
              const label = column(c.key);
              return (
                <TableCell key={c.key} className="figure" sx={ruled(c)}>
                  {c.hint ? (
                    <Tooltip title={translate(`tsunagu.reports.caseload.column_hints.${c.key}`)}>
                      <Box component="span" sx={{ textDecoration: 'underline dotted', cursor: 'help' }}>
                        {label}
                      </Box>
                    </Tooltip>
                  ) : (
                    label
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.rows.map((row: CaseloadRow) => (
            <TableRow key={row.coordinatorId} hover>
              <TableCell component="th" scope="row" className="name">
                {linkToCases ? (
                  <Link to={casesOf(row.coordinatorId)} title={translate('tsunagu.reports.caseload.show_cases', { name: row.coordinatorName })}>
                    {row.coordinatorName}
                  </Link>
                ) : (
                  row.coordinatorName
                )}
              </TableCell>
              {CASELOAD_COLUMNS.map((c) => (
                <TableCell key={c.key} className="figure" sx={ruled(c)} data-figure={c.key}>
                  {cell(row, c)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {report.rows.length > 1 ? (
            <TableRow sx={{ '& th, & td': { fontWeight: 700, borderTop: 2, borderColor: 'divider' } }}>
              <TableCell component="th" scope="row">
                {translate('tsunagu.reports.caseload.total')}
              </TableCell>
              {CASELOAD_COLUMNS.map((c) => (
                <TableCell key={c.key} className="figure" sx={ruled(c)}>
                  {cell(report.totals, c, true)}
                </TableCell>
              ))}
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
