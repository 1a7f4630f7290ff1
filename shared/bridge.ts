// The one object the preload exposes to the renderer as `window.tbt`. The renderer asks for
// capabilities, never for Node. Channel names and payload types live here, beside each other.
export const IPC_CHANNELS = {
  appVersion: 'app:version',
} as const;

export interface DesktopBridge {
  appVersion(): Promise<string>;
}
