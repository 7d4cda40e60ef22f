/**
 * The filter bar's periods. Dates are China dates (the day the broker sees on the receipt), as
 * the dashboard query expects, whatever the computer's own time zone is.
 */
export const periodPresets = ['thisMonth', 'lastMonth', 'last3Months', 'thisYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface Period {
  from: string;
  to: string;
}

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China as yyyy-mm-dd. */
export function chinaToday(now = new Date()): string {
  return chinaDate.format(now);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of the month `offset` months from (year, month); month is 1-based. */
function monthBounds(year: number, month: number, offset: number): Period {
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { from: iso(first), to: iso(last) };
}

export function presetPeriod(preset: PeriodPreset, today: string = chinaToday()): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'thisMonth':
      return monthBounds(year, month, 0);
    case 'lastMonth':
      return monthBounds(year, month, -1);
    case 'last3Months':
      return { from: monthBounds(year, month, -2).from, to: monthBounds(year, month, 0).to };
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The same length of time one year earlier: a sensible first baseline. */
export function yearBefore(period: Period): Period {
  const back = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { from: back(period.from), to: back(period.to) };
}
