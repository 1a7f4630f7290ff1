// The window never leaves the app: in-page navigation elsewhere is refused, new windows are
// refused, and http(s) links open in the system browser instead.
import type { WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './appProtocol';

export function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function isAppUrl(url: string): boolean {
  try {
    // Compared by parts: Node's URL gives non-special schemes an opaque origin.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export function installNavigationGuards(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isExternalWebLink(url)) void openExternal(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
