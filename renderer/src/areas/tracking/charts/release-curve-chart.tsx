import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../../../shared/metrics/schema';
import { formatShare } from '../format-figures';
import { axisTick, gridStroke, lineColours, still } from './chart-style';

/** Axis marks a day apart (or several days on a long tail), from hour 0, so 24 / 48 / 72 fall on ticks. */
function dayTicks(lastHour: number): number[] {
  const step = 24 * Math.max(1, Math.ceil(lastHour / 240));
  const ticks: number[] = [];
  for (let h = 0; h <= lastHour + step - 1; h += step) ticks.push(h);
  return ticks;
}

/** The TRS's "% released by hour X" curve, with the 24 / 48 / 72 hour marks the table counts. */
export function ReleaseCurveChart({ curve }: { curve: Dashboard['releaseCurve'] }) {
  const { t } = useTranslation();
  // The curve starts at the first release; from the arrival (hour 0) to it, nothing was released yet.
  const first = curve[0];
  const points = first && first.hour > 0 ? [{ hour: 0, share: 0 }, ...curve] : curve;
  const data = points.map((p) => ({ hour: p.hour, share: p.share * 100 }));
  const ticks = dayTicks(Math.max(0, ...curve.map((p) => p.hour)));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 4 }}>
        <CartesianGrid stroke={gridStroke} />
        <XAxis
          dataKey="hour"
          type="number"
          domain={[Math.min(0, ...curve.map((p) => p.hour)), ticks.at(-1) ?? 'dataMax']}
          ticks={ticks}
          tick={axisTick}
          label={{ value: t('tracking.charts.curveX'), position: 'insideBottom', offset: -8, fill: '#404852', fontSize: 12 }}
        />
        <YAxis domain={[0, 100]} tick={axisTick} tickFormatter={(v: number) => `${v}%`} />
        <Tooltip labelFormatter={(hour) => `${String(hour)} h`} formatter={(v) => [formatShare(Number(v) / 100), t('tracking.charts.curveShare')]} />
        {[24, 48, 72].map((h) => (
          <ReferenceLine key={h} x={h} stroke="#9aa1ab" strokeDasharray="3 3" label={{ value: `${h} h`, position: 'insideTopRight', fontSize: 11, fill: '#58616d' }} />
        ))}
        <Line type="stepAfter" dataKey="share" name={t('tracking.charts.curveShare')} stroke={lineColours.overall} strokeWidth={2} dot={false} {...still} />
      </LineChart>
    </ResponsiveContainer>
  );
}
