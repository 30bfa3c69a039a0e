import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WORKSPACE_ROOT } from '@tsunagu/testing';

/** Where screenshots go (gitignored), kept as artifacts of the run. */
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'test-output', 'web-e2e');

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page PNG as test-output/web-e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
  /**
   * Runs one test's steps; if one fails, keeps a screenshot (failure-<name>.png) and adds what the
   * page reported (uncaught errors, console errors, HTTP errors) to the failure message.
   */
  step<T>(name: string, run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The system Chromium (Debian's package) driven by playwright-core, in a fresh profile.
 * `npx playwright install` cannot download browsers on these machines, so there is no fallback:
 * without Chromium the suite fails and says how to get it.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'tsunagu-web-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const events: string[] = [];
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') events.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) events.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const screenshot = async (name: string) => {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    return path;
  };
  return {
    context,
    page,
    screenshot,
    async step(name, run) {
      events.length = 0;
      try {
        return await run();
      } catch (error) {
        const shot = await screenshot(`failure-${name}`).catch(() => 'none');
        const detail = `\n  at ${page.url()}\n  screenshot: ${shot}\n  page events:\n    ${events.join('\n    ') || '(none)'}`;
        if (error instanceof Error) {
          error.message += detail;
          // Jest prints the stack, which was written before the message grew.
          if (error.stack) error.stack = `${error.message}\n${error.stack.split('\n').filter((l) => l.trim().startsWith('at ')).join('\n')}`;
        }
        throw error;
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
