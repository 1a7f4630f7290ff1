// `npm start` needs Electron's binary. Since Electron 42 the package has no install script: the
// binary is downloaded the first time `require('electron')` (or `npx electron`) asks for it. This
// asks for it once, before the build, so that a machine without that access fails with a clear
// message instead of halfway through a start.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require('electron');
} catch {
  console.error('Could not install the Electron binary. Check the internet connection, or run the app in a browser instead: npm run dev');
  process.exit(1);
}
