// Where the session token is kept: in Electron with the OS keychain through the preload bridge
// (safeStorage); in the browser build for this browser session only.
import { desktop } from '../lib/desktop';

export interface TokenStore {
  get(): Promise<string | null>;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
}

/** The browser build's sessionStorage key. */
const KEY = 'sync.sessionToken';

export function memoryTokenStore(initial: string | null = null): TokenStore {
  let token = initial;
  return {
    get: async () => token,
    set: async (value) => {
      token = value;
    },
    clear: async () => {
      token = null;
    },
  };
}

export function defaultTokenStore(): TokenStore {
  const bridge = desktop;
  if (bridge) {
    return {
      get: () => bridge.syncTokenGet(),
      set: (token) => bridge.syncTokenSet(token),
      clear: () => bridge.syncTokenClear(),
    };
  }
  return {
    get: async () => globalThis.sessionStorage?.getItem(KEY) ?? null,
    set: async (token) => globalThis.sessionStorage?.setItem(KEY, token),
    clear: async () => globalThis.sessionStorage?.removeItem(KEY),
  };
}
