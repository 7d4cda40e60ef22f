/**
 * Quitting while the renderer still has an autosave to flush. The renderer cancels the first
 * close in `beforeunload`, saves, then calls `window.close()` itself. Electron treats the
 * cancelled close as a cancelled quit, so main remembers that a quit was asked for and asks
 * again once the window has really closed. No extra renderer<->main message is involved.
 */
export class QuitFlow {
  private quitting = false;

  /** `before-quit`. */
  quitRequested(): void {
    this.quitting = true;
  }

  get isQuitting(): boolean {
    return this.quitting;
  }

  /** The window is closed: should main call `app.quit()` (again)? */
  windowClosed(): boolean {
    return this.quitting;
  }
}
