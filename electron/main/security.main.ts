import { shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, navigationDecision } from './navigation';

/** Camera, microphone, notifications, geolocation, USB, HID...: the app needs none of them. */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

function openExternally(url: string | null): void {
  if (url) void shell.openExternal(url).catch(() => undefined);
}

/**
 * Applied to every webContents as it is created: no navigation off our origin (an https link
 * opens in the system browser instead), no redirects elsewhere, no new windows, no webviews.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url);
    if (decision.allow) return;
    event.preventDefault();
    openExternally(decision.openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!navigationDecision(event.url).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(externalUrlToOpen(url));
    return { action: 'deny' };
  });
}
