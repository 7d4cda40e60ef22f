import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../../../shared/metrics/schema';
import { formatShare } from '../format-figures';
import { axisTick, gridStroke, lineColours, still } from './chart-style';

/** The TRS's "% released by hour X" curve, with the 24 / 48 / 72 hour marks the table counts. */
export function ReleaseCurveChart({ curve }: { curve: Dashboard['releaseCurve'] }) {
  const { t } = useTranslation();
  const data = curve.map((p) => ({ hour: p.hour, share: p.share * 100 }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 4 }}>
        <CartesianGrid stroke={gridStroke} />
        <XAxis
          dataKey="hour"
          type="number"
          domain={['dataMin', 'dataMax']}
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
