import { shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, navigationDecision, type CheckedExternalUrl } from './navigation';

/** Camera, microphone, notifications, geolocation, USB, HID...: the app needs none of them. */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * The one call of shell.openExternal in the app (lint forbids it elsewhere). Its type takes only
 * what externalUrlToOpen() let through: https, no credentials, normalised, bounded.
 */
function openExternally(url: CheckedExternalUrl | null): void {
  if (url) void shell.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
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
