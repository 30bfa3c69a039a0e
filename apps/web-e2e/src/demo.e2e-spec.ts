import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '@tsunagu/testing';
import { signIn } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

const PASSWORD = 'tsunagu-demo-2026';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
/** A confidential note the demo writes on some interviews: never in a list export. */
const DEMO_NOTE = '家族関係について、本人の前では話さないよう依頼あり。';

/**
 * Issue 11 §1 and §2 in the browser, as a new center meets the product: the demo year on the
 * first start, each demo user's home with something to do, and list exports that read in Excel.
 */
describe('web app: the demo year and readable exports (issue 11)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer({ TSUNAGU_EMBEDDED_DB: 'true' }), launchBrowser()]);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks a download button and returns the file's name and text. */
  const download = async (button: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };

  it("gives each demo user's home something to do", async () => {
    await browser.step('demo-homes', async () => {
      await signIn(page, server.baseUrl, 'mnt.coordinator@tsunagu.example', PASSWORD);
      for (const list of [/今日が次回連絡日/, /次回連絡日を過ぎている/, /30日以上連絡がない/, /担当ケース/]) {
        await page.getByRole('table', { name: list }).locator('tbody tr').first().waitFor();
      }
      await browser.screenshot('demo-coordinator-home');

      await signIn(page, server.baseUrl, 'mnt.supervisor@tsunagu.example', PASSWORD);
      await page.getByRole('table', { name: /判断待ちの終結の申し出/ }).locator('tbody tr').first().waitFor();
      await browser.screenshot('demo-supervisor-home');

      await signIn(page, server.baseUrl, 'mnt.staff@tsunagu.example', PASSWORD);
      await page.getByRole('table', { name: /機関からの回答待ち/ }).locator('tbody tr').first().waitFor();

      await signIn(page, server.baseUrl, 'admin@tsunagu.example', PASSWORD);
      await page.getByRole('link', { name: /実績・統計を開く/ }).waitFor();
    });
  });

  it('exports the case list and a case’s interviews as CSV a Japanese Excel opens as a table', async () => {
    await browser.step('demo-exports', async () => {
      await signIn(page, server.baseUrl, 'mnt.supervisor@tsunagu.example', PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases`);
      await page.locator('tbody tr').first().waitFor();
      const cases = await download('CSV出力');
      expect(cases.name).toMatch(/\.csv$/);
      expect([...cases.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = cases.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
      const header = rows[0].split(',');
      expect(header).toContain('ケース番号');
      expect(header.at(-1)).toBe('ID');
      // Ids only in the last column; codes as Japanese labels.
      for (const row of rows.slice(1)) {
        const cells = row.split(',');
        expect(cells.slice(0, -1).join(',')).not.toMatch(UUID);
        expect(cells.at(-1)).toMatch(UUID);
      }
      expect(rows.join('\n')).not.toMatch(/\b(intake|active|paused|closed|male|female)\b/);
      expect(rows.join('\n')).toMatch(/支援中/);

      // A case's interviews: Japan time, who took part by name, and never a confidential note.
      await page.locator('tbody tr').first().click();
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.locator('[data-kind]').first().waitFor();
      const interviews = await download('面談・相談のCSV');
      const text = interviews.bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
      expect(text).not.toContain(DEMO_NOTE);
      expect(text.split('\r\n')[0]).not.toContain('非公開メモ');
    });
  });
});
