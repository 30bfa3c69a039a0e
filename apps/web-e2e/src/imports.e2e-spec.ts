import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { CaseDto, ImportBatchDto, TimelineEntryDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, filterQuery, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };

/** A workbook as a center keeps it: a good case with two contacts, an impossible birth day, and a case the center already has. */
async function caseload(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const cases = wb.addWorksheet('ケース');
  cases.addRow(['整理番号', '本人氏名', 'ふりがな', '生年月日', '性別', '主担当']);
  cases.addRow(['K-001', '山田 太郎', 'やまだ たろう', '1990/4/1', '男性', '相談 花子']);
  cases.addRow(['K-002', '佐藤 次郎', 'さとう じろう', 'R6.2.30', '男性', '相談 花子']);
  cases.addRow(['K-003', '既存 太郎', 'きぞん たろう', '1980/1/1', '男', '相談 花子']);
  const contacts = wb.addWorksheet('支援経過');
  contacts.addRow(['整理番号', '日時', '方法', '所要時間(分)', '要旨']);
  contacts.addRow(['K-001', '2024/4/1 14:00', '電話', 30, '母より電話。本人は昼夜逆転の生活。']);
  contacts.addRow(['K-001', '2024/4/15', '来所', 60, '母が来所。家族会の案内をした。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The page never scrolls sideways: the rows' table scrolls inside its card. */
async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** データ取込 in the browser: a supervisor brings a spreadsheet in, settles the dry run, commits, and finds the imported case. */
describe('web app: importing a caseload (データ取込)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  /** The import the second test commits and the third voids, and the case it created. */
  let batchId: string;
  let caseId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    // The case the third row duplicates: same name and birth year.
    await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, { clientName: '既存 太郎', clientNameKana: 'きぞん たろう', birthYear: 1980 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const rowWith = (text: string) => page.getByTestId('import-rows').getByRole('row').filter({ hasText: text });

  it('is not offered to a coordinator: no menu entry, and /imports is not found', async () => {
    await browser.step('imports-coordinator', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).first().waitFor();
      expect(await page.getByRole('menuitem', { name: 'データ取込' }).count()).toBe(0);
      await page.goto(`${server.baseUrl}/#/imports`);
      await page.getByTestId('not-found-page').waitFor();
      await page.goto(`${server.baseUrl}/#/imports/create`);
      await page.getByTestId('not-found-page').waitFor();
      await signOut(page);
    });
  });

  it('uploads a workbook, shows the error and the possible duplicate, and commits once both are decided', async () => {
    await browser.step('imports-dry-run', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      await page.getByRole('menuitem', { name: 'データ取込' }).click();
      await page.getByRole('link', { name: '新しく取り込む' }).click();
      await page.getByText('Shift_JIS').waitFor();
      await page.getByTestId('import-file-input').setInputFiles({
        name: 'ケース台帳.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await caseload(),
      });
      await page.getByText('ケース台帳.xlsx').waitFor();
      await browser.screenshot('import-upload');
      await page.getByRole('button', { name: '読み込んで確認する' }).click();
      await page.waitForURL(/#\/imports\/[0-9a-f-]+\/show/);
      batchId = /#\/imports\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] as string;

      // The dry run: the impossible day in red with its row and column, the duplicate with the existing case's number.
      await rowWith('存在しない日付').waitFor();
      expect(await rowWith('存在しない日付').textContent()).toContain('ケース 3行目');
      expect(await rowWith('存在しない日付').textContent()).toContain('生年月日: ');
      await rowWith('重複の可能性').waitFor();
      expect(await rowWith('重複の可能性').textContent()).toMatch(/ケース TSA-\d{4}-\d{4}: 既\.太\. 1980年生/);
      const commit = page.getByTestId('import-commit').getByRole('button', { name: '確定' });
      expect(await commit.isDisabled()).toBe(true);
      await page.getByText('エラーの行が 1 行、重複の判断がまだの行が 1 行あります').waitFor();

      await rowWith('存在しない日付').getByRole('button', { name: 'スキップ' }).click();
      await rowWith('存在しない日付').getByRole('button', { name: '取り消し' }).waitFor();
      await rowWith('重複の可能性').getByRole('button', { name: '新規として取り込む' }).click();
      await rowWith('重複の可能性').getByRole('button', { name: '取り消し' }).waitFor();
      await page.getByText('すべての行の確認が済みました。').waitFor();

      // The batch page on a desk and on a tablet: nothing scrolls sideways but the table in its card.
      await expectNoSidewaysScroll(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('import-batch-desktop');
      await page.setViewportSize(TABLET);
      // The menu folds to its icons on a tablet (after its transition).
      await page.waitForFunction(() => (document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0) < 80);
      await rowWith('既存 太郎').waitFor();
      await expectNoSidewaysScroll(page);
      // The decisions stay in view on a tablet, big enough for a finger.
      const undo = await rowWith('既存 太郎').getByRole('button', { name: '取り消し' }).boundingBox();
      expect({ inView: !!undo && undo.x + undo.width <= TABLET.width, tall: Math.round(undo?.height ?? 0) >= 44 }).toEqual({ inView: true, tall: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('import-batch-tablet');
      await page.setViewportSize(DESKTOP);

      await commit.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('ケース 2件・家族 0件・支援経過 2件 をまとめて登録します').waitFor();
      await dialog.getByRole('button', { name: '確定' }).click();
      const summary = page.getByTestId('import-summary');
      await summary.getByText('ケース 2件 / 家族 0件 / 支援経過 2件').waitFor();
      await summary.getByRole('link', { name: /山田 太郎/ }).waitFor();
      await summary.getByRole('link', { name: /既存 太郎/ }).waitFor();
      await browser.screenshot('import-committed');

      const batch = await api<ImportBatchDto>(server, 'GET', `/imports/${batchId}`, org.users.aSupervisor.token);
      expect(batch).toMatchObject({ status: 'committed', counts: { cases: { create: 2, skip: 1 }, contacts: { create: 2 } } });
      const cases = await api<CaseDto[]>(server, 'GET', `/cases?${filterQuery({ q: '既存 太郎' })}`, org.users.aSupervisor.token);
      expect(cases).toHaveLength(2);

      // The imported case, its two contacts on the timeline marked as imported.
      await summary.getByRole('link', { name: /山田 太郎/ }).click();
      await page.waitForURL(/#\/cases\/[0-9a-f-]+\/show/);
      caseId = /#\/cases\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] as string;
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByText('母より電話。本人は昼夜逆転の生活。').waitFor();
      await page.getByText('母が来所。家族会の案内をした。').waitFor();
      expect(await page.locator('[data-kind="interview"]').count()).toBe(2);
      expect(await page.locator('[data-kind="interview"]').getByTestId('timeline-imported').count()).toBe(2);
      await page.locator('[data-kind="interview"]').first().getByText('取込', { exact: true }).waitFor();
      const timeline = await api<TimelineEntryDto[]>(server, 'GET', `/cases/${caseId}/timeline`, org.users.aSupervisor.token);
      expect(timeline.filter((e) => e.kind === 'interview' && e.imported)).toHaveLength(2);
      await browser.screenshot('import-case-timeline');

      // The batch list: the import, committed, with what it created.
      await page.getByRole('menuitem', { name: 'データ取込' }).click();
      const listed = page.getByRole('row').filter({ hasText: 'ケース台帳.xlsx' });
      await listed.getByText('取込済み').waitFor();
      expect(await listed.textContent()).toContain('ケース 2件 / 家族 0件 / 支援経過 2件');
      expect(await listed.textContent()).toContain('監督 一郎');
    });
  });

  it('voids a committed import with a reason, and every case it created with it', async () => {
    await browser.step('imports-void', async () => {
      await page.getByRole('row').filter({ hasText: 'ケース台帳.xlsx' }).click();
      await page.waitForURL(new RegExp(`#/imports/${batchId}/show`));
      await page.getByRole('button', { name: 'この取込を取り消す' }).click();
      const dialog = page.getByRole('dialog', { name: '取込の取り消し' });
      await dialog.getByRole('textbox').fill('別のファイルで取り込み直すため');
      await dialog.getByRole('button', { name: 'この取込を取り消す' }).click();
      await page.getByText('この取込で登録した記録はすべて無効化されています。').waitFor();
      await page.getByText('理由: 別のファイルで取り込み直すため').waitFor();
      expect(await page.getByRole('button', { name: 'この取込を取り消す' }).count()).toBe(0);
      const res = await fetch(`${server.baseUrl}/api/cases/${caseId}`, { headers: { authorization: `Bearer ${org.users.aSupervisor.token}` } });
      expect(res.status).toBe(404);
      await browser.screenshot('import-voided');
    });
  });
});
