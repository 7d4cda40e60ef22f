import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const finite = z.number().finite();
const WindowStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
});

/** A saved state read from disk, or null when it is missing, damaged or from another version. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export interface ClampOptions {
  /** Work areas of the displays, primary first. */
  workAreas: readonly Rect[];
  defaultSize: { width: number; height: number };
  minSize: { width: number; height: number };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: Math.round(w),
    height: Math.round(h),
  };
}

/**
 * Where to open the window: the saved rectangle moved and shrunk to lie fully on the display it
 * overlaps most, or centred on the primary display when it overlaps none (a monitor was
 * unplugged, the resolution dropped) or nothing was saved. Never smaller than the minimum
 * size unless the display itself is smaller.
 */
export function windowBounds(saved: Rect | null, options: ClampOptions): Rect {
  const primary = options.workAreas[0] ?? { x: 0, y: 0, ...options.defaultSize };
  if (!saved) return centred(primary, options.defaultSize.width, options.defaultSize.height);

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of options.workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  const width = Math.max(saved.width, options.minSize.width);
  const height = Math.max(saved.height, options.minSize.height);
  if (!best) return centred(primary, width, height);

  const w = Math.min(width, best.width);
  const h = Math.min(height, best.height);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - w)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - h)),
    width: Math.round(w),
    height: Math.round(h),
  };
}
