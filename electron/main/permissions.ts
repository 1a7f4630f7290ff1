// Web permissions: the app's own page gets exactly what offline work needs — persistent storage,
// so that the browser never evicts the IndexedDB holding the user's comments — and nothing else;
// every other permission, and any permission for any other origin or a sub-frame, is refused.
import type { Session } from 'electron';
import { isAppUrl } from './navigationGuards';

export const PERMISSIONS_GRANTED_TO_APP: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionGranted(permission: string, requestingUrl: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(requestingUrl) && PERMISSIONS_GRANTED_TO_APP.has(permission);
}

export function installPermissionHandlers(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
}
