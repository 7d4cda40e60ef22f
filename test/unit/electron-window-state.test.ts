import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWindowState, windowBounds, type Rect } from '../../electron/main/window-state';
import { readWindowState, writeWindowState } from '../../electron/main/window-state-file';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 }; // primary, taskbar below
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const options = (workAreas: Rect[]) => ({
  workAreas,
  defaultSize: { width: 1366, height: 860 },
  minSize: { width: 1024, height: 640 },
});
const inside = (r: Rect, area: Rect): boolean =>
  r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

describe('window bounds from the saved state', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(windowBounds(null, options([laptop, rightMonitor]))).toEqual({ x: 277, y: 90, width: 1366, height: 860 });
  });

  it('keeps a saved rectangle that is fully visible', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900 };
    expect(windowBounds(saved, options([laptop, rightMonitor]))).toEqual(saved);
  });

  it('centres on the primary display when the saved monitor is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1400, height: 900 };
    const result = windowBounds(onUnpluggedMonitor, options([laptop]));
    expect(result).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('pulls a partly off-screen window onto the display it overlaps most', () => {
    const hanging = { x: 1500, y: -200, width: 1200, height: 800 }; // mostly on the right monitor
    const result = windowBounds(hanging, options([laptop, rightMonitor]));
    expect(result).toEqual({ x: 1920, y: 0, width: 1200, height: 800 });
    expect(inside(result, rightMonitor)).toBe(true);
  });

  it('shrinks a window larger than its display', () => {
    const huge = { x: 10, y: 10, width: 4000, height: 3000 };
    expect(windowBounds(huge, options([laptop]))).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('grows a tiny saved window to the minimum size', () => {
    const result = windowBounds({ x: 100, y: 100, width: 50, height: 40 }, options([laptop]));
    expect(result).toEqual({ x: 100, y: 100, width: 1024, height: 640 });
  });

  it('handles displays with negative coordinates (monitor left of the primary)', () => {
    const left: Rect = { x: -1680, y: 0, width: 1680, height: 1010 };
    const saved = { x: -1600, y: 50, width: 1200, height: 800 };
    expect(windowBounds(saved, options([laptop, left]))).toEqual(saved);
  });

  it('on a display smaller than the minimum size, fits the display', () => {
    const small: Rect = { x: 0, y: 0, width: 800, height: 560 };
    expect(windowBounds({ x: 0, y: 0, width: 1000, height: 700 }, options([small]))).toEqual(small);
  });
});

describe('saved window state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-window-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through an atomic write', () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1300, height: 900 }, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('treats a missing, damaged or nonsensical file as no saved state', () => {
    expect(readWindowState(join(dir, 'absent.json'))).toBeNull();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"bounds": {"x": 1');
    expect(readWindowState(bad)).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});
