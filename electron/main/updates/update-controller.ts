import { updateDecision, type UpdateDecision } from './update-decision';
import { classifyUpdateError, errorSummary } from './update-errors';
import type { UpdateOutcome } from './update-messages';
import type { UpdatePlan } from './update-plan';

/** electron-updater's autoUpdater as the controller uses it (updater.main.ts adapts the real one). */
export interface UpdaterPort {
  /** Points the updater at the plan's feed, channel, downgrade rule and proxy. */
  configure(plan: UpdatePlan): Promise<void>;
  /**
   * One check; resolves whether a version to install was found (its download then runs in the
   * background), or null when electron-updater is inactive for this installation (Linux outside an
   * AppImage or a deb/rpm package, a development run without the override).
   */
  check(): Promise<{ updateFound: boolean; offered: string | null } | null>;
  quitAndInstall(): void;
}

export interface ControllerOptions {
  currentVersion: string;
  updater: UpdaterPort;
  /** Reads the effective settings and makes the plan (never rejects: a failed read is a plan with a reason). */
  loadPlan: () => Promise<UpdatePlan>;
  /** Shows a dialog; resolves with the button index. */
  show: (outcome: UpdateOutcome) => Promise<number>;
  log: (level: 'info' | 'warn' | 'error', line: string) => void;
  schedule: (run: () => void, ms: number) => () => void;
  /** The plan changed (the menu item's label depends on it). */
  onPlan?: (plan: UpdatePlan) => void;
  startDelayMs?: number;
  intervalMs?: number;
}

export const DEFAULT_START_DELAY_MS = 15_000;
export const DEFAULT_INTERVAL_MS = 4 * 60 * 60 * 1000;

/**
 * The update flow without Electron: check a while after start and every four hours, decide with
 * the plan (policy pin, channel), tell the person only what they asked for (Help menu) plus the
 * "restart now?" question once a download is ready, and never let an update error escape.
 */
export class UpdateController {
  private plan: UpdatePlan | null = null;
  private lastDecision: { offered: string; decision: UpdateDecision } | null = null;
  private checking: Promise<void> | null = null;
  /** The person asked and a download started: its failure is theirs to see. */
  private downloadWatched = false;
  private downloaded: string | null = null;
  private cancelTimer: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: ControllerOptions) {}

  get currentPlan(): UpdatePlan | null {
    return this.plan;
  }

  /** First check after the start delay, then one every interval (each re-reads the settings). */
  start(): void {
    this.stopped = false;
    const loop = (delay: number): void => {
      this.cancelTimer = this.options.schedule(() => {
        void this.check(false).finally(() => {
          if (!this.stopped) loop(this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
        });
      }, delay);
    };
    loop(this.options.startDelayMs ?? DEFAULT_START_DELAY_MS);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /** Re-reads the settings (on start and on settings events) and reconfigures the updater. */
  async refresh(): Promise<UpdatePlan> {
    const plan = await this.options.loadPlan();
    this.plan = plan;
    if (plan.enabled) {
      try {
        await this.options.updater.configure(plan);
      } catch (error) {
        this.options.log('error', `[updates] cannot configure the updater: ${errorSummary(error)}`);
      }
    }
    this.options.onPlan?.(plan);
    return plan;
  }

  /** electron-updater's isUpdateSupported hook: the policy's answer for the version the feed offers. */
  decide(offered: string): boolean {
    const plan = this.plan;
    const decision = updateDecision(this.options.currentVersion, offered, { pin: plan?.pin ?? null, channel: plan?.channel ?? 'latest' });
    this.lastDecision = { offered, decision };
    this.options.log('info', `[updates] feed offers ${offered}; ${decision.install ? 'install' : 'skip'} (${decision.reason})`);
    return decision.install;
  }

  /** A check; `interactive` when the person chose Help → Check for Updates. Never rejects. */
  check(interactive: boolean): Promise<void> {
    if (this.checking) {
      // A check is already running (timer and menu at once): the person still gets an answer.
      return interactive ? this.checking.then(() => this.check(true)) : this.checking;
    }
    this.checking = this.runCheck(interactive).finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async runCheck(interactive: boolean): Promise<void> {
    const plan = await this.refresh();
    if (!plan.enabled) {
      this.options.log('info', `[updates] no check: ${plan.reason}`);
      if (interactive && plan.reason !== 'ok') await this.tell({ kind: 'unavailable', reason: plan.reason, feedUrl: plan.feedUrl, pin: plan.pin });
      return;
    }
    if (this.downloaded) {
      if (interactive) await this.offerRestart(this.downloaded);
      return;
    }
    this.lastDecision = null;
    let result: { updateFound: boolean; offered: string | null } | null;
    try {
      this.options.log('info', `[updates] checking ${plan.feedUrl ?? ''} (${plan.channel})`);
      result = await this.options.updater.check();
    } catch (error) {
      this.options.log('error', `[updates] check failed: ${errorSummary(error)}`);
      if (interactive) await this.tell({ kind: 'failed', error: classifyUpdateError(error), detail: errorSummary(error) });
      return;
    }
    if (result === null) {
      this.options.log('warn', '[updates] electron-updater is inactive for this installation');
      if (interactive) await this.tell({ kind: 'unavailable', reason: 'updater-inactive', feedUrl: plan.feedUrl, pin: plan.pin });
      return;
    }
    if (result.updateFound) {
      if (interactive) {
        this.downloadWatched = true;
        await this.tell({ kind: 'downloading', version: result.offered ?? '' });
      }
      return;
    }
    if (!interactive) return;
    // Set by decide() during the check (electron-updater calls it from inside checkForUpdates).
    const last = this.lastSeen();
    if (last && !last.decision.install && last.decision.reason !== 'up-to-date') {
      await this.tell({ kind: 'skipped', offered: last.offered, reason: last.decision.reason, pin: this.plan?.pin ?? null, current: this.options.currentVersion });
      return;
    }
    await this.tell({ kind: 'up-to-date', version: this.options.currentVersion });
  }

  /** electron-updater's 'update-downloaded': ask whether to restart now (it installs on quit anyway). */
  async downloadedUpdate(version: string): Promise<void> {
    this.downloaded = version;
    this.downloadWatched = false;
    this.options.log('info', `[updates] ${version} downloaded; installs on quit`);
    await this.offerRestart(version);
  }

  /** electron-updater's 'error' event: a background download failed (checks report through check()). */
  async updaterError(error: unknown): Promise<void> {
    this.options.log('error', `[updates] ${errorSummary(error)}`);
    if (this.checking || !this.downloadWatched) return;
    this.downloadWatched = false;
    await this.tell({ kind: 'failed', error: classifyUpdateError(error), detail: errorSummary(error) });
  }

  private lastSeen(): { offered: string; decision: UpdateDecision } | null {
    return this.lastDecision;
  }

  private async offerRestart(version: string): Promise<void> {
    const button = await this.tell({ kind: 'downloaded', version });
    if (button !== 0) return;
    try {
      this.options.updater.quitAndInstall();
    } catch (error) {
      this.options.log('error', `[updates] cannot restart to install: ${errorSummary(error)}`);
    }
  }

  private async tell(outcome: UpdateOutcome): Promise<number> {
    try {
      return await this.options.show(outcome);
    } catch (error) {
      this.options.log('warn', `[updates] cannot show the dialog: ${errorSummary(error)}`);
      return -1;
    }
  }
}
