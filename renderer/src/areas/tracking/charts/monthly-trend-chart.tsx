import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthPoint, NationalFigure } from '../../../../../shared/metrics/schema';
import { formatAxisHours, formatHours } from '../format-figures';
import { axisTick, gridStroke, lineColours, still } from './chart-style';

interface Props {
  months: MonthPoint[];
  national: NationalFigure | null;
}

/** Each month's overall mean against the firm's goal (dashed) and the national figure (dotted). */
export function MonthlyTrendChart({ months, national }: Props) {
  const { t } = useTranslation();
  const data = months.map((m) => ({ month: m.month, overall: m.overall.meanH, customs: m.declaredReleasedMeanH }));
  // The goal is the baseline's mean less the reduction: one level for every month, drawn as a line across.
  const goal = months.find((m) => m.goalH !== null)?.goalH ?? null;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 20, right: 28, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={gridStroke} />
        <XAxis dataKey="month" tick={axisTick} />
        <YAxis tick={axisTick} tickFormatter={formatAxisHours} label={{ value: t('tracking.charts.hours'), angle: -90, position: 'insideLeft', fill: '#404852', fontSize: 12 }} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${formatHours(value)} h` : String(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Line dataKey="overall" name={t('tracking.charts.trendMean')} stroke={lineColours.overall} strokeWidth={2.5} connectNulls {...still} />
        <Line dataKey="customs" name={t('tracking.charts.trendCustoms')} stroke={lineColours.customs} strokeWidth={1.5} connectNulls {...still} />
        {goal !== null && (
          <ReferenceLine
            y={goal}
            ifOverflow="extendDomain"
            stroke={lineColours.goal}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{ value: `${t('tracking.charts.trendGoal')} ${formatHours(goal)} h`, position: 'insideTopRight', fontSize: 11, fill: lineColours.goal }}
          />
        )}
        {national && (
          <ReferenceLine
            y={national.hours}
            ifOverflow="extendDomain"
            stroke={lineColours.national}
            strokeDasharray="2 3"
            label={{ value: `${t('tracking.charts.trendNational')} ${national.period} ${national.hours} h`, position: 'insideBottomLeft', fontSize: 11, fill: '#404852' }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
