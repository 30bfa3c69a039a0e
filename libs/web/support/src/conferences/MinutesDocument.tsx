import { Box, Typography } from '@mui/material';
import type { CaseConferenceDto } from '@tsunagu/contracts';
import { enumKey, formatDay, PRINT_TABLE_SX as TABLE_SX, PrintSection as Section } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <tr>
    <th>{label}</th>
    <td>{children}</td>
  </tr>
);

export interface MinutesNames {
  staff: (id: string) => string;
  agency: (id: string) => string;
  /** A case's initials (T.K.), never the name. */
  initials: (caseId: string) => string;
}

/**
 * The minutes (議事録) as they print: the header with 取扱注意 heads one table wrapping the whole
 * document, so the browser repeats it on every page. Cases go by number and initials only.
 */
export const MinutesDocument = ({ conference: c, names }: { conference: CaseConferenceDto; names: MinutesNames }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const day = (d: string | null) => (d ? formatDay(d, locale) : '—');
  const field = (name: string) => translate(`resources.case-conferences.fields.${name}`);
  return (
    <Box component="table" data-testid="minutes" sx={{ width: '100%', borderCollapse: 'collapse' }}>
      <Box component="thead" sx={{ display: 'table-header-group' }}>
        <tr>
          <td>
            <Box component="header" sx={{ display: 'flex', alignItems: 'center', gap: 2, borderBottom: '2px solid #333', pb: 0.75, mb: 1, flexWrap: 'wrap' }}>
              <Typography component="h1" sx={{ fontSize: '1.15rem', fontWeight: 700 }}>
                {translate('tsunagu.conferences.minutes')} {c.title}
              </Typography>
              <Box component="span" sx={{ ml: 'auto', border: '2px solid #c62828', color: '#c62828', fontWeight: 700, px: 1, py: 0.25, fontSize: '0.9rem' }}>
                {translate('tsunagu.conferences.confidential')}
              </Box>
            </Box>
          </td>
        </tr>
      </Box>
      <tbody>
        <tr>
          <td>
            <Box component="table" sx={TABLE_SX}>
              <tbody>
                <Row label={field('heldOn')}>{day(c.heldOn)}</Row>
                <Row label={field('kind')}>
                  {translate(enumKey('conference_kind', c.kind))}
                  <br />
                  {translate(`tsunagu.conferences.legal_basis.${c.kind}`)}
                </Row>
                <Row label={field('internalAttendeeIds')}>{c.internalAttendeeIds.map(names.staff).join('、') || '—'}</Row>
                <Row label={field('categories')}>{c.categories.map((k) => translate(enumKey('info_category', k))).join('・') || '—'}</Row>
                <Row label={field('papers')}>
                  {c.papers ?? '—'}
                  {c.papersCollected === null ? '' : `（${translate(c.papersCollected ? 'tsunagu.conferences.collected' : 'tsunagu.conferences.not_collected')}）`}
                </Row>
                <Row label={field('nextReviewOn')}>{day(c.nextReviewOn)}</Row>
              </tbody>
            </Box>
            <Section title={field('outsideAttendees')}>
              {c.outsideAttendees.length ? (
                <Box component="table" sx={TABLE_SX}>
                  <thead>
                    <tr>
                      <th>{field('name')}</th>
                      <th>{field('agencyId')}</th>
                      <th>{field('role')}</th>
                      <th>{field('pledgedOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.outsideAttendees.map((a, i) => (
                      <tr key={i}>
                        <td>{a.name}</td>
                        <td>{names.agency(a.agencyId)}</td>
                        <td>{a.role ?? '—'}</td>
                        <td>{day(a.pledgedOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Box>
              ) : (
                <Typography variant="body2">{translate('tsunagu.conferences.no_outside')}</Typography>
              )}
            </Section>
            <Section title={field('cases')}>
              <Box component="table" sx={TABLE_SX}>
                <thead>
                  <tr>
                    <th>{field('caseId')}</th>
                    <th>{field('decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.cases.map((k) => (
                    <tr key={k.caseId}>
                      <Box component="td" sx={{ whiteSpace: 'nowrap' }}>
                        {k.caseNumber} {names.initials(k.caseId)}
                      </Box>
                      <Box component="td" sx={{ whiteSpace: 'pre-wrap', width: '70%' }}>
                        {k.decision ?? '—'}
                      </Box>
                    </tr>
                  ))}
                </tbody>
              </Box>
            </Section>
            <Typography variant="body2" data-testid="minutes-handling" sx={{ mt: 2, pt: 1, borderTop: '1px solid', borderColor: 'divider' }}>
              {translate(`tsunagu.conferences.handling.${c.kind}`)}
            </Typography>
          </td>
        </tr>
      </tbody>
    </Box>
  );
};
