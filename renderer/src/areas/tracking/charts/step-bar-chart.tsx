import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trsIntervalNames, trsSteps, type BreakdownRow } from '../../../../../shared/metrics/schema';
import { formatAxisHours, formatHours } from '../format-figures';
import { axisTick, gridStroke, stepColours, still } from './chart-style';

interface Props {
  rows: BreakdownRow[];
  rowLabel(row: BreakdownRow): string;
  onPick(row: BreakdownRow): void;
}

/**
 * Mean time per step, stacked, one bar per breakdown row: the tallest segment is the bottleneck.
 * Declared-before-arrival makes the first step negative; stackOffset "sign" draws it below zero
 * instead of hiding it inside the bar.
 */
export function StepBarChart({ rows, rowLabel, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const data = rows.map((row) => {
    const point: Record<string, string | number | null> = { label: rowLabel(row) };
    for (const step of trsSteps) point[step] = row.intervals.find((i) => i.interval === step)?.meanH ?? null;
    return point;
  });
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={gridStroke} vertical={false} />
        <XAxis dataKey="label" tick={axisTick} interval={0} />
        <YAxis tick={axisTick} tickFormatter={formatAxisHours} label={{ value: t('tracking.charts.hours'), angle: -90, position: 'insideLeft', fill: '#404852', fontSize: 12 }} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${formatHours(value)} h` : String(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <ReferenceLine y={0} stroke="#7f8895" />
        {trsSteps.map((step) => (
          <Bar
            key={step}
            dataKey={step}
            stackId="steps"
            name={english ? trsIntervalNames[step].en : trsIntervalNames[step].zh}
            fill={stepColours[step]}
            cursor="pointer"
            maxBarSize={64}
            onClick={(_, index) => {
              const row = rows[index];
              if (row) onPick(row);
            }}
            {...still}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
