// Renders build/icon.svg to build/icon.png (1024×1024), from which electron-builder derives the
// Windows, macOS and Linux icons. Run after changing the SVG; the PNG is committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<style>body{margin:0;background:transparent}</style>${readFileSync('build/icon.svg', 'utf8')}`);
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
console.log('wrote build/icon.png');
