import { Card, CardContent, Typography } from '@mui/material';
import { ASSESSMENT_DOMAINS, ASSESSMENT_SCORE_MAX, ASSESSMENT_SCORE_MIN, type AssessmentDomain, type AssessmentDto } from '@tsunagu/contracts';
import { formatDay } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartRows } from './assessment-logic';

/** One colour per domain, told apart side by side (Tableau 10). */
const DOMAIN_COLORS: Record<AssessmentDomain, string> = {
  health: '#1f77b4',
  daily_life: '#ff7f0e',
  family: '#2ca02c',
  social: '#9467bd',
  school_work: '#17becf',
  finances: '#8c564b',
  household: '#e377c2',
  risk: '#d62728',
};

const TICK = { fontSize: 12, fill: '#424242' };
const SCORE_TICKS = Array.from({ length: ASSESSMENT_SCORE_MAX - ASSESSMENT_SCORE_MIN + 1 }, (_, i) => ASSESSMENT_SCORE_MIN + i);

/** Legend and tooltip list the domains in the form's order, not alphabetically. */
const inDomainOrder = (item: { dataKey?: unknown }) => (ASSESSMENT_DOMAINS as readonly unknown[]).indexOf(item.dataKey);

/** 領域ごとの推移: one line per domain from the oldest assessment to the newest; a sentence until there are two. */
export const DomainHistoryChart = ({ assessments }: { assessments: AssessmentDto[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const title = translate('tsunagu.assessments.chart');
  return (
    <Card variant="outlined" component="figure" aria-label={title} data-testid="assessment-chart" sx={{ m: 0 }}>
      <CardContent>
        <Typography variant="subtitle1" component="figcaption" sx={{ fontWeight: 700, mb: 1 }}>
          {title}
        </Typography>
        {assessments.length < 2 ? (
          <Typography color="text.secondary">{translate('tsunagu.assessments.chart_needs_two')}</Typography>
        ) : (
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={chartRows(assessments)} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="assessedOn" tickFormatter={(day: string) => formatDay(day, locale)} tick={TICK} padding={{ left: 24, right: 24 }} />
              <YAxis domain={[ASSESSMENT_SCORE_MIN, ASSESSMENT_SCORE_MAX]} ticks={SCORE_TICKS} allowDecimals={false} tick={TICK} width={32} />
              <Tooltip labelFormatter={(day) => formatDay(String(day), locale)} itemSorter={inDomainOrder} />
              <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={inDomainOrder} />
              {ASSESSMENT_DOMAINS.map((domain) => (
                <Line
                  key={domain}
                  type="monotone"
                  dataKey={domain}
                  name={translate(`tsunagu.enums.assessment_domain.${domain}`)}
                  stroke={DOMAIN_COLORS[domain]}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
};
