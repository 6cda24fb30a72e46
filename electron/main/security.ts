import type { App, Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation } from './guards';

/** Opens a link in the user's browser or mail program (`shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>;

/**
 * Wires the guards of `guards.ts` to every web contents the app creates: no navigation away from
 * `app://sohoi`, no redirects out of it, no new windows, no webviews. An allowlisted link (the
 * helpline, an e-mail address) opens in the user's own browser instead.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(event.url)) void openExternal(event.url).catch(() => undefined);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is denied. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/** Applies `hardenWebContents` to every web contents, including ones created later. */
export function hardenApp(app: Pick<App, 'on' | 'enableSandbox'>, openExternal: OpenExternal): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
}
