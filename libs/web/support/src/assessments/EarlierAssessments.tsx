import { Box, List, ListItem, Typography } from '@mui/material';
import { ASSESSMENT_DOMAINS, type AssessmentDto } from '@tsunagu/contracts';
import { formatDay, StaffName } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';

/** これまでのアセスメント: each older one on two lines, date and assessor then the scores, read-only. */
export const EarlierAssessments = ({ assessments }: { assessments: AssessmentDto[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="section" aria-label={translate('tsunagu.assessments.earlier')}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {translate('tsunagu.assessments.earlier')}
      </Typography>
      {assessments.length === 0 ? (
        <Typography color="text.secondary">{translate('tsunagu.assessments.earlier_empty')}</Typography>
      ) : (
        <List dense disablePadding>
          {assessments.map((a) => (
            <ListItem key={a.id} divider disableGutters data-testid="earlier-assessment" sx={{ display: 'block' }}>
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {formatDay(a.assessedOn, locale)}
                </Typography>
                <StaffName id={a.assessorId} />
              </Box>
              <Box sx={{ display: 'flex', columnGap: 2, rowGap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
                {ASSESSMENT_DOMAINS.map((domain) => (
                  <Typography key={domain} variant="body2" component="span" title={translate(`tsunagu.enums.assessment_domain.${domain}`)} sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`tsunagu.assessments.short.${domain}`)} <strong>{a.ratings[domain]?.score ?? translate('tsunagu.assessments.unknown')}</strong>
                  </Typography>
                ))}
              </Box>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};
