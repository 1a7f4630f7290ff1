import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// No Electron distribution can be downloaded here, so a `--dir` build cannot run; instead the
// configuration is validated with electron-builder's own loader and schema, and the settings the
// security checklist depends on are checked.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

describe('the installer configuration', () => {
  it('is valid for electron-builder and makes installers for Windows, macOS and Linux', async () => {
    const config = await getConfig(process.cwd(), null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('flips the fuses: no run-as-node, asar integrity, app only from asar, no extra file:// privileges', async () => {
    const config = await getConfig(process.cwd(), null, null);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('copies no node_modules into the app: everything it runs is bundled', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('rejects a misspelt option, so that this check can fail', async () => {
    const config = await getConfig(process.cwd(), null, null);
    await expect(validateConfiguration({ ...config, asarr: true }, new DebugLogger(false))).rejects.toThrow(/unknown property 'asarr'/);
  });
});
