import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileOverride } from '../../electron/main/profile-override';
import { QuitFlow } from '../../electron/main/quit-flow';

describe('profile override', () => {
  it('is null without --profile or CLEARWAY_PROFILE, so userData stays the default', () => {
    expect(profileOverride(['/opt/Clearway/clearway'], {})).toBeNull();
  });

  it('takes --profile <dir>, --profile=<dir>, then CLEARWAY_PROFILE, as absolute paths', () => {
    expect(profileOverride(['electron', '.', '--profile', 'p1'], { CLEARWAY_PROFILE: '/env' })).toBe(resolve('p1'));
    expect(profileOverride(['electron', '.', '--profile=/data/p2'], {})).toBe(resolve('/data/p2'));
    expect(profileOverride(['clearway.exe'], { CLEARWAY_PROFILE: '/env/p3' })).toBe(resolve('/env/p3'));
  });
});

describe('quit flow with a renderer that flushes an autosave', () => {
  it('does not quit when the window is closed without a quit request (macOS keeps running)', () => {
    expect(new QuitFlow().windowClosed()).toBe(false);
  });

  it('finishes a quit whose first close was cancelled by beforeunload', () => {
    const flow = new QuitFlow();
    flow.quitRequested(); // before-quit; the renderer cancels the close, Electron cancels the quit
    expect(flow.isQuitting).toBe(true);
    // The renderer saved and called window.close(): the window is now closed.
    expect(flow.windowClosed()).toBe(true);
  });
});
