import type { Page } from 'playwright-core';
import type { ApiServer } from '@tsunagu/testing';

/**
 * Opens the login page with nobody signed in (no session cookie, nothing kept by the tab), fills it
 * in and submits it; done when the user menu shows.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('button', { name: 'プロフィール' }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'プロフィール' }).click();
  await page.getByRole('menuitem', { name: 'ログアウト' }).click();
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
}

/** Opens a MUI select by its label and picks an option by its visible text. */
export async function choose(page: Page, label: RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** Calls the API directly (for set-up the test is not about), failing loudly on an error status. */
export async function api<T>(server: ApiServer, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** The query string of a simple-REST list filter. */
export const filterQuery = (filter: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;
