import type { TrsInterval } from '../../../../../shared/metrics/schema';

/**
 * Okabe–Ito colours: told apart by people with colour-blind vision and, being of different
 * lightness, still apart on a grey-scale printout.
 */
export const stepColours: Record<TrsInterval, string> = {
  'arrival-declared': '#0072B2',
  'declared-accepted': '#E69F00',
  'accepted-released': '#009E73',
  'released-gate-out': '#CC79A7',
  'arrival-released': '#D55E00',
};

export const lineColours = {
  overall: '#0072B2',
  customs: '#009E73',
  goal: '#D55E00',
  national: '#555555',
} as const;

export const axisTick = { fontSize: 12, fill: '#404852' } as const;
export const gridStroke = '#e1e4e8';
/** Charts are drawn once, not animated: a tool read all day, and screenshots that show the figures. */
export const still = { isAnimationActive: false } as const;
