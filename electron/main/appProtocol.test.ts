import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAppFile, respondWithAppFile } from './appProtocol';

const root = mkdtempSync(join(tmpdir(), 'tbt-app-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');

describe('the app:// protocol serves the bundle and nothing else', () => {
  it('maps app URLs to files inside the bundle', () => {
    expect(resolveAppFile('app://tbt/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://tbt/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://tbt/assets/main.js?v=1#x', root)).toBe(join(root, 'assets', 'main.js'));
  });

  it('refuses paths that climb out of the bundle, other hosts and other schemes', () => {
    const insideBundle = (file: string | null) => file === null || file.startsWith(root + '/');
    for (const climb of ['app://tbt/../secret.txt', 'app://tbt/%2e%2e/secret.txt', 'app://tbt/assets/%2e%2e%2f..%2f..%2fsecret.txt', 'app://tbt/..%5c..%5csecret.txt']) {
      expect(insideBundle(resolveAppFile(climb, root)), climb).toBe(true);
    }
    expect(resolveAppFile('app://tbt/assets/%2e%2e%2f..%2f..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppFile('app://evil/index.html', root)).toBeNull();
    expect(resolveAppFile('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppFile('app://tbt/%00index.html', root)).toBeNull();
  });

  it('answers with the file, its type and the Content-Security-Policy', async () => {
    const response = await respondWithAppFile('app://tbt/index.html', root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/[^-]unsafe-eval/);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('answers 404 for a missing file or a path outside the bundle', async () => {
    expect((await respondWithAppFile('app://tbt/nope.js', root)).status).toBe(404);
    expect((await respondWithAppFile('app://tbt/../secret.txt', root)).status).toBe(404);
  });
});
