import type { NationalFigure } from './schema';

/**
 * GACC's national average overall clearance time (整体通关时间), as tabled in
 * clearance-and-fees.md §2 with the sources listed there. Only what the note says: the 2017
 * baseline is "~97 h" [S6] (the often quoted 97.39 / 12.29 are [G] and left out); the export
 * baseline ~12.3 h has no source of its own (the note marks its precision [G]), so it is
 * unverified. [G] rows are general knowledge the note asks to verify before showing as fact.
 */
export const nationalFigures: readonly NationalFigure[] = [
  { period: '2017', direction: 'I', hours: 97, kind: 'baseline', source: '[S6] E-PORTS/Chinanews, Oct 2018 (~97 h)', verified: true },
  { period: '2017', direction: 'E', hours: 12.3, kind: 'baseline', source: '[G] ~12.3 h, not in a stored source; verify', verified: false },
  { period: '2021', direction: 'I', hours: 48, kind: 'target', source: '[S5] WEDC, Sep 2018 (国发〔2018〕37号: −50% vs 2017 by end-2021)', verified: true },
  { period: '2021', direction: 'E', hours: 6.15, kind: 'target', source: '[S5] WEDC, Sep 2018 (国发〔2018〕37号: −50% vs 2017 by end-2021)', verified: true },
  { period: '2018-10', direction: 'I', hours: 50, kind: 'actual', source: '[S6] E-PORTS/Chinanews, Oct 2018 (~50 h)', verified: true },
  { period: '2018-12', direction: 'I', hours: 42, kind: 'actual', source: '[G] ~42 h, not in a stored source; verify', verified: false },
  { period: '2018-12', direction: 'E', hours: 5, kind: 'actual', source: '[G] ~5 h, not in a stored source; verify', verified: false },
  { period: '2019-12', direction: 'I', hours: 36.7, kind: 'actual', source: '[S7] China.org.cn, Jan 2020', verified: true },
  { period: '2019-12', direction: 'E', hours: 2.6, kind: 'actual', source: '[S7] China.org.cn, Jan 2020', verified: true },
  { period: '2020-05', direction: 'I', hours: 38.93, kind: 'actual', source: '[S8] GACC May 2020 (via Eneltec)', verified: true },
  { period: '2020-05', direction: 'E', hours: 2.12, kind: 'actual', source: '[S8] GACC May 2020 (via Eneltec)', verified: true },
  { period: '2020-12', direction: 'I', hours: 34.91, kind: 'actual', source: '[S9] SCIO/Xinhua, Feb 2021', verified: true },
  { period: '2020-12', direction: 'E', hours: 1.78, kind: 'actual', source: '[S9] SCIO/Xinhua, Feb 2021', verified: true },
  { period: '2021-12', direction: 'I', hours: 32.97, kind: 'actual', source: '[G] ~32.97 h, not in a stored source; verify', verified: false },
  { period: '2021-12', direction: 'E', hours: 1.23, kind: 'actual', source: '[G] ~1.23 h, not in a stored source; verify', verified: false },
  { period: '2022', direction: 'I', hours: 32.02, kind: 'actual', source: '[S10] People\'s Daily/Xinhua, Mar 2023', verified: true },
  { period: '2022', direction: 'E', hours: 1.03, kind: 'actual', source: '[S10] People\'s Daily/Xinhua, Mar 2023', verified: true },
];
