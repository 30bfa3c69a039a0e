import { Box, Typography } from '@mui/material';
import type { SummarySheetContactDto, SummarySheetDto } from '@tsunagu/contracts';
import { enumKey, formatDateTime, formatDay, japanDayOf, PRINT_TABLE_SX as TABLE_SX, PrintSection as Section } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

const Empty = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary">
    {children}
  </Typography>
);

/** What kind of contact, and how: 面談（電話）, 訪問（家族と会えた）, プログラム（家族教室 …）. */
function useContactKind() {
  const translate = useTranslate();
  return (c: SummarySheetContactDto) => {
    const kind = translate(enumKey('timeline_kind', c.kind));
    const how =
      c.kind === 'interview'
        ? translate(enumKey('interview_method', c.detail))
        : c.kind === 'outreach_visit'
          ? translate(enumKey('outreach_outcome', c.detail))
          : [translate(enumKey('program_kind', c.detail)), c.title].filter(Boolean).join(' ');
    return `${kind}（${how}）`;
  };
}

/**
 * The ケース概要票 as it prints: the header (title, case number, 取扱注意) is the head of one
 * table wrapping the whole sheet, so the browser repeats it at the top of every printed page.
 */
export const SummarySheetDocument = ({ sheet }: { sheet: SummarySheetDto }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const kindOf = useContactKind();
  const day = (d: string | null) => (d ? formatDay(d, locale) : '—');
  const c = sheet.case;
  const sharing = sheet.variant === 'sharing';
  const field = (name: string) => translate(`resources.cases.fields.${name}`);
  const overview: Array<[string, ReactNode]> = [
    [field('clientName'), `${c.clientName}${c.clientNameKana ? `（${c.clientNameKana}）` : ''}`],
    [
      field('birthDate'),
      `${c.birthDate ? day(c.birthDate) : (c.birthYear ?? '—')}${c.age !== null ? translate('tsunagu.cases.age_suffix', { age: c.age }) : ''}`,
    ],
    [field('sex'), translate(enumKey('sex', c.sex))],
    [field('municipality'), c.municipality ?? '—'],
    [field('status'), translate(enumKey('case_status', c.status))],
    [field('openedOn'), day(c.openedOn)],
    ...(c.closedOn
      ? ([[field('closedOn'), `${day(c.closedOn)}${c.closureReason ? `（${translate(enumKey('closure_reason', c.closureReason))}）` : ''}`]] as Array<[string, ReactNode]>)
      : []),
    [field('leadCoordinatorId'), c.leadCoordinator || '—'],
    [field('secondCoordinatorIds'), c.secondCoordinators.join('、') || '—'],
    [field('referralRoute'), c.referralRoute ? translate(enumKey('referral_route', c.referralRoute)) : '—'],
    [field('supportStage'), c.supportStage ? translate(enumKey('support_stage', c.supportStage)) : '—'],
    [field('clientContact'), translate(enumKey('client_contact', c.clientContact))],
    [field('hikikomoriSince'), c.hikikomoriSince ?? '—'],
    [field('riskFlags'), c.riskFlags.map((f) => translate(enumKey('risk_flag', f))).join('、') || '—'],
  ];
  return (
    <Box component="table" data-testid="summary-sheet" sx={{ width: '100%', borderCollapse: 'collapse' }}>
      <Box component="thead" sx={{ display: 'table-header-group' }}>
        <tr>
          <td>
            <Box
              component="header"
              sx={{ display: 'flex', alignItems: 'center', gap: 2, borderBottom: '2px solid #333', pb: 0.75, mb: 1, flexWrap: 'wrap' }}
            >
              <Typography component="h1" sx={{ fontSize: '1.15rem', fontWeight: 700 }}>
                {translate(sharing ? 'tsunagu.summary_sheet.sharing_title' : 'tsunagu.summary_sheet.title')}
              </Typography>
              <Typography sx={{ fontSize: '0.9rem' }}>
                {field('caseNumber')} {c.caseNumber}
              </Typography>
              <Typography sx={{ fontSize: '0.8rem', color: 'text.secondary' }}>{c.centerName}</Typography>
              <Box
                component="span"
                sx={{ ml: 'auto', border: '2px solid #c62828', color: '#c62828', fontWeight: 700, px: 1, py: 0.25, fontSize: '0.9rem' }}
              >
                {translate('tsunagu.summary_sheet.confidential')}
              </Box>
            </Box>
          </td>
        </tr>
      </Box>
      <tbody>
        <tr>
          <td>
            <Typography variant="caption" component="p" color="text.secondary">
              {translate('tsunagu.summary_sheet.made', { day: day(sheet.madeOn), name: sheet.madeBy })}
              {sharing ? `　${translate('tsunagu.summary_sheet.sharing_notice')}` : ''}
            </Typography>

            <Section title={translate('tsunagu.summary_sheet.sections.overview')}>
              <Box component="table" sx={TABLE_SX}>
                <tbody>
                  {overview.map(([label, value]) => (
                    <tr key={label}>
                      <Box component="th" sx={{ width: '28%', bgcolor: '#f5f5f5' }}>
                        {label}
                      </Box>
                      <td>{value}</td>
                    </tr>
                  ))}
                  <tr>
                    <Box component="th" sx={{ bgcolor: '#f5f5f5' }}>
                      {field('chiefConcern')}
                    </Box>
                    <Box component="td" sx={{ whiteSpace: 'pre-wrap' }}>
                      {c.chiefConcern ?? '—'}
                    </Box>
                  </tr>
                </tbody>
              </Box>
            </Section>

            <Section title={translate('tsunagu.summary_sheet.sections.family')}>
              {sheet.family.length ? (
                <Box component="table" sx={TABLE_SX}>
                  <thead>
                    <tr>
                      <th>{translate('resources.family-members.fields.relationship')}</th>
                      {sharing ? null : (
                        <>
                          <th>{translate('resources.family-members.fields.name')}</th>
                          <th>{translate('resources.family-members.fields.birthYear')}</th>
                          <th>{translate('resources.family-members.fields.livesWithClient')}</th>
                          <th>{translate('resources.family-members.fields.mainConsulter')}</th>
                        </>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {sheet.family.map((f, i) => (
                      <tr key={i}>
                        <td>{translate(enumKey('relationship', f.relationship))}</td>
                        {sharing ? null : (
                          <>
                            <td>{f.name}</td>
                            <td>{f.birthYear ?? '—'}</td>
                            <td>{f.livesWithClient ? '〇' : '―'}</td>
                            <td>{f.mainConsulter ? '〇' : '―'}</td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </Box>
              ) : (
                <Empty>{translate('tsunagu.summary_sheet.no_family')}</Empty>
              )}
            </Section>

            <Section title={translate('tsunagu.summary_sheet.sections.consents', { day: day(sheet.madeOn) })}>
              {sheet.consents.length ? (
                <Box component="table" sx={TABLE_SX}>
                  <thead>
                    <tr>
                      <th>{translate('resources.consents.fields.purpose')}</th>
                      <th>{translate('resources.consents.fields.givenBy')}</th>
                      <th>{translate('resources.consents.fields.method')}</th>
                      <th>{translate('resources.consents.fields.givenOn')}</th>
                      <th>{translate('resources.consents.fields.expiresOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sheet.consents.map((k, i) => (
                      <tr key={i}>
                        <td>
                          {translate(enumKey('consent_purpose', k.purpose))}
                          {k.agencyName ? `（${k.agencyName}）` : ''}
                          {k.categories.length ? (
                            <Box component="div" sx={{ fontSize: '0.7rem', color: 'text.secondary' }}>
                              {k.categories.map((cat) => translate(enumKey('info_category', cat))).join('・')}
                            </Box>
                          ) : null}
                        </td>
                        <td>
                          {k.giverRelationship ? translate(enumKey('relationship', k.giverRelationship)) : translate(enumKey('consent_giver', k.givenBy))}
                          {k.giverName ? ` ${k.giverName}` : ''}
                        </td>
                        <td>{translate(enumKey('consent_method', k.method))}</td>
                        <td>{day(k.givenOn)}</td>
                        <td>{day(k.expiresOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Box>
              ) : (
                <Empty>{translate('tsunagu.summary_sheet.no_consents')}</Empty>
              )}
            </Section>

            <Section title={translate('tsunagu.summary_sheet.sections.contacts', { from: day(sheet.from), to: day(sheet.to) })}>
              {sheet.contacts.length ? (
                <Box component="table" sx={TABLE_SX}>
                  <thead>
                    <tr>
                      <th>{translate('tsunagu.summary_sheet.columns.at')}</th>
                      <th>{translate('tsunagu.summary_sheet.columns.kind')}</th>
                      <th>{translate('tsunagu.summary_sheet.columns.who')}</th>
                      <th>{translate('tsunagu.summary_sheet.columns.summary')}</th>
                      <th>{translate('tsunagu.summary_sheet.columns.recorded_by')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sheet.contacts.map((r, i) => (
                      <tr key={i}>
                        <Box component="td" sx={{ whiteSpace: 'nowrap' }}>
                          {r.kind === 'attendance' ? day(japanDayOf(r.at)) : formatDateTime(r.at, locale)}
                        </Box>
                        <td>{kindOf(r)}</td>
                        <td>
                          {[
                            ...r.participants.filter((p) => p !== 'family').map((p) => translate(enumKey('participant', p))),
                            ...(r.familyRelationships.length
                              ? [r.familyRelationships.map((rel) => translate(enumKey('relationship', rel))).join('・')]
                              : r.participants.includes('family')
                                ? [translate(enumKey('participant', 'family'))]
                                : []),
                          ].join('、') || '—'}
                          {r.durationMinutes ? (
                            <Box component="div" sx={{ fontSize: '0.7rem', color: 'text.secondary' }}>
                              {translate('tsunagu.summary_sheet.minutes', { n: r.durationMinutes })}
                            </Box>
                          ) : null}
                        </td>
                        <Box component="td" sx={{ whiteSpace: 'pre-wrap', width: '50%' }}>
                          {r.summary}
                          {r.confidentialNote ? (
                            <Box component="div" sx={{ mt: 0.5, p: 0.5, border: '1px dashed #c62828' }}>
                              {translate('tsunagu.summary_sheet.note')}：{r.confidentialNote}
                            </Box>
                          ) : null}
                        </Box>
                        <Box component="td" sx={{ whiteSpace: 'nowrap' }}>
                          {r.recordedBy ?? '—'}
                        </Box>
                      </tr>
                    ))}
                  </tbody>
                </Box>
              ) : (
                <Empty>{translate('tsunagu.summary_sheet.no_contacts')}</Empty>
              )}
            </Section>
          </td>
        </tr>
      </tbody>
    </Box>
  );
};
