import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trsIntervalNames, trsIntervals, type Dashboard, type TrsInterval } from '../../../../../shared/metrics/schema';
import { formatAxisHours } from '../format-figures';
import { axisTick, gridStroke, stepColours, still } from './chart-style';

/** A histogram per step; the step is chosen with tabs (←/→ move between them, as tabs do). */
export function DistributionChart({ distribution }: { distribution: Dashboard['distribution'] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [chosen, setChosen] = useState<TrsInterval>('arrival-released');
  const tabs = useRef<HTMLDivElement>(null);
  const bins = distribution.find((d) => d.interval === chosen)?.bins ?? [];
  const data = bins.map((b) => ({ range: `${formatAxisHours(b.fromH)}–${formatAxisHours(b.toH)}`, count: b.count }));
  const name = (i: TrsInterval) => (english ? trsIntervalNames[i].en : trsIntervalNames[i].zh);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = trsIntervals[(trsIntervals.indexOf(chosen) + step + trsIntervals.length) % trsIntervals.length] ?? chosen;
    setChosen(next);
    tabs.current?.querySelector<HTMLElement>(`[data-interval="${next}"]`)?.focus();
  };

  return (
    <div>
      <div ref={tabs} className="tracking-tabs" role="tablist" aria-label={t('tracking.charts.distributionTabs')} onKeyDown={onKeyDown}>
        {trsIntervals.map((i) => (
          <button key={i} type="button" role="tab" data-interval={i} aria-selected={i === chosen} tabIndex={i === chosen ? 0 : -1} className="small-button" onClick={() => setChosen(i)}>
            {name(i)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={name(chosen)}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 12, bottom: 16, left: 4 }} barCategoryGap={1}>
            <CartesianGrid stroke={gridStroke} vertical={false} />
            <XAxis dataKey="range" tick={axisTick} label={{ value: t('tracking.charts.hours'), position: 'insideBottom', offset: -8, fill: '#404852', fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={axisTick} />
            <Tooltip formatter={(v) => [String(v), t('tracking.charts.distributionCount')]} />
            <Bar dataKey="count" name={t('tracking.charts.distributionCount')} fill={stepColours[chosen]} {...still} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
