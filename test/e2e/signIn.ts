// Signs the app in to a sync server through its sign-in form, as a user does, and waits until the
// first sync is done.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { APP_ORIGIN } from './harness';
import { DEMO_PASSWORD } from '../support/server/fixtures';

export async function signIn(page: Page, context: BrowserContext, serverUrl: string, username: string): Promise<void> {
  await context.grantPermissions(['local-network-access'], { origin: APP_ORIGIN });
  await context.setOffline(false);
  await page.getByTestId('sync-indicator').click();
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Server address').fill(serverUrl);
  await form.getByLabel('User name').fill(username);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByTestId('sync-phase').textContent(), { timeout: 30_000 }).toBe('Up to date');
}
