// `npm run screenshots`: the README's screenshots, taken from a running demo (`npm start` on a
// fresh embedded database) at a desktop (1366×768) and a tablet (820×1180) width, with Chromium.
// APP_URL names the app (default http://localhost:3000); CHROMIUM the browser (default Debian's).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.APP_URL ?? 'http://localhost:3000';
const out = resolve('docs/screenshots');
const PASSWORD = 'tsunagu-demo-2026';
const DESKTOP = { width: 1366, height: 768 };
const TABLET = { width: 820, height: 1180 };
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: DESKTOP, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
const shot = async (name) => {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, `${name}.png`) });
  process.stdout.write(`[screenshots] ${name}.png\n`);
};
const signIn = async (email) => {
  // The session is an HttpOnly cookie: another user signs in on a browser without it.
  await page.context().clearCookies();
  await page.goto(`${base}/#/login`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('button', { name: 'プロフィール' }).waitFor();
};

try {
  await page.goto(`${base}/#/login`);
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
  await shot('login');

  // The coordinator's day: what is due, and a case's whole story.
  await signIn('mnt.coordinator@tsunagu.example');
  const mine = page.getByRole('table', { name: /担当ケース/ });
  await mine.waitFor();
  await shot('coordinator-today');
  // The name of one of their cases, typed again below as a new case would be.
  const known = (await mine.locator('tbody tr').first().locator('td').nth(1).textContent()) ?? '';
  await mine.locator('tbody tr').first().click();
  await page.getByRole('tab', { name: '支援経過' }).click();
  await page.locator('[data-kind]').first().waitFor();
  await shot('timeline');

  // A call comes in: the quick entry from any screen (Alt+N), and the log of first contacts.
  await page.keyboard.press('Alt+N');
  const quick = page.getByRole('dialog', { name: /相談受付/ });
  await quick.waitFor();
  await quick.locator('input[name="nickname"]').fill('たんぽぽ');
  await quick.locator('textarea[name="summary"]').fill('母より電話。20代の娘が半年ほど部屋から出ない。まずは家族として相談したい。');
  await shot('quick-inquiry');
  await quick.getByRole('button', { name: 'キャンセル' }).click();
  await page.goto(`${base}/#/inquiries`);
  await page.locator('tbody tr').first().waitFor();
  await shot('inquiries');

  // A new case that may be someone the center already has.
  await page.goto(`${base}/#/cases/create`);
  await page.locator('input[name="clientName"]').fill(known);
  await page.getByTestId('duplicate-check').getByRole('table').waitFor();
  await shot('case-create-duplicate-check');

  // The supervisor: closure requests to answer, and the figures owed to the prefecture.
  await signIn('mnt.supervisor@tsunagu.example');
  const queue = page.getByRole('table', { name: /判断待ちの終結の申し出/ });
  await queue.waitFor();
  await shot('supervisor-home');
  await queue.locator('tbody tr').first().click();
  await page.getByTestId('closure-request').waitFor();
  await shot('closure-request');
  await page.goto(`${base}/#/reports`);
  await page.getByRole('table', { name: '担当ケースの状況' }).waitFor();
  await shot('dashboard-reports');
  await page.goto(`${base}/#/audit-logs`);
  await page.getByRole('columnheader', { name: '操作した人' }).waitFor();
  await shot('audit-log');

  // The support process on the center's oldest open case: where the person stands, the plan in force, a 支援会議's minutes.
  await page.goto(`${base}/#/cases?${new URLSearchParams({ sort: 'caseNumber', order: 'ASC', filter: JSON.stringify({ status: 'active' }) })}`);
  await page.locator('tbody tr').first().click();
  await page.getByRole('tab', { name: 'アセスメント' }).click();
  await page.getByTestId('latest-assessment').waitFor();
  await shot('assessments');
  await page.getByRole('tab', { name: '支援計画' }).click();
  await page.getByTestId('current-plan').waitFor();
  await shot('support-plan');
  await page.goto(`${base}/#/case-conferences`);
  await page.locator('tbody tr').filter({ hasText: '支援会議（' }).first().click();
  await page.getByRole('link', { name: '議事録を印刷' }).click();
  await page.getByTestId('minutes').waitFor();
  await shot('conference-minutes');

  // Outreach on a tablet.
  await signIn('mnt.coordinator@tsunagu.example');
  await page.setViewportSize(TABLET);
  await page.goto(`${base}/#/cases`);
  await page.locator('tbody tr').first().click();
  await page.getByRole('tab', { name: '支援経過' }).click();
  await page.getByRole('button', { name: '訪問を記録' }).click();
  await page.getByRole('region', { name: '訪問を記録' }).waitFor();
  await shot('tablet-outreach');
} finally {
  await browser.close();
}
