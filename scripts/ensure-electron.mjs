// `npm start` needs Electron's binary. npm 11 runs no install scripts unless package.json allows
// them, and we do not allow Electron's (it downloads from GitHub and would break `npm install` on
// machines without that access). So the download happens here, on first start, where it is wanted.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.log('Downloading the Electron binary (first start only)…');
  const install = require.resolve('electron/install.js');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [install], { stdio: 'inherit', env });
  if (result.status !== 0 || !electronBinary()) {
    console.error(
      'Could not install the Electron binary. Check the internet connection, or run the app in a browser instead: npm run dev',
    );
    process.exit(1);
  }
}
