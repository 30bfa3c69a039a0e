import type { Page } from 'playwright-core';
import type { CaseDto, InterviewDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** Issue 11 §4–§6 in the browser: a record corrected with its history, a closure request answered, a duplicate merged, a draft kept. */
describe('web app: corrections, closure, merge and drafts (issue 11)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    const coordinator = org.users.aCoordinator.token;
    theCase = await api<CaseDto>(server, 'POST', '/cases', coordinator, { clientName: '山口 蓮', clientNameKana: 'やまぐち れん', birthYear: 1992 });
    await api(server, 'PUT', `/cases/${theCase.id}`, org.users.aSupervisor.token, { status: 'active' });
    await api<InterviewDto>(server, 'POST', '/interviews', coordinator, { caseId: theCase.id, method: 'phone', summary: '母から電話。本人は昼夜逆点の生活。' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the author correct a typo and shows the old and new text in the history', async () => {
    await browser.step('correction', async () => {
      await signIn(page, server.baseUrl, 'acoordinator@test.tsunagu.example', TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/timeline`);
      await page.getByText('母から電話。本人は昼夜逆点の生活。').waitFor();
      await page.getByRole('button', { name: '修正', exact: true }).click();
      const summary = page.getByRole('dialog').getByLabel('内容（要約）');
      await summary.fill('母から電話。本人は昼夜逆転の生活。');
      await page.getByRole('button', { name: '修正を保存' }).click();
      await page.getByText('母から電話。本人は昼夜逆転の生活。').waitFor();
      await page.getByRole('button', { name: '修正あり' }).click();
      const history = page.getByRole('dialog', { name: '修正の履歴' });
      await history.getByText('母から電話。本人は昼夜逆点の生活。').waitFor();
      await history.getByText('母から電話。本人は昼夜逆転の生活。').waitFor();
      await browser.screenshot('correction-history');
      await page.getByRole('button', { name: '閉じる' }).click();
    });
  });

  it("carries the coordinator's reason and note to the supervisor, whose decline comes back with a note", async () => {
    await browser.step('closure-request', async () => {
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('button', { name: '終結を申し出る' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('終結理由').selectOption({ label: '目標達成' });
      await dialog.getByLabel('スーパーバイザーへの説明').fill('就労体験が半年続いている。');
      await dialog.getByRole('button', { name: '申し出る' }).click();
      await page.getByTestId('closure-request').getByText('就労体験が半年続いている。').waitFor();
      await signOut(page);

      await signIn(page, server.baseUrl, 'asupervisor@test.tsunagu.example', TEST_PASSWORD);
      const queue = page.getByRole('table', { name: /判断待ちの終結の申し出/ });
      await queue.getByText('山口 蓮').click();
      const banner = page.getByTestId('closure-request');
      await banner.getByText('終結の申し出があります（理由: 目標達成）').waitFor();
      await browser.screenshot('closure-request');
      await banner.getByRole('button', { name: '差し戻す' }).click();
      await page.getByRole('dialog').getByLabel('担当者へのコメント').fill('家族会への参加が定着するまで継続してください。');
      await page.getByRole('dialog').getByRole('button', { name: '差し戻す' }).click();
      await page.getByTestId('closure-declined').getByText('家族会への参加が定着するまで継続してください。').waitFor();
      const after = await api<CaseDto>(server, 'GET', `/cases/${theCase.id}`, org.users.aSupervisor.token);
      expect(after).toMatchObject({ status: 'active', closureRequested: false, closureDecline: { note: '家族会への参加が定着するまで継続してください。' } });
    });
  });

  it('asks why before pausing support, and shows it on the timeline', async () => {
    await browser.step('pause', async () => {
      await page.getByRole('button', { name: '中断' }).click();
      const dialog = page.getByRole('dialog', { name: '支援の中断' });
      expect(await dialog.getByRole('button', { name: '中断' }).isDisabled()).toBe(true);
      await dialog.getByLabel('理由').fill('本人の入院のため');
      await dialog.getByRole('button', { name: '中断' }).click();
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByText('本人の入院のため').waitFor();
    });
  });

  it('merges a case registered twice into the first, and the audit log finds it by case number', async () => {
    await browser.step('merge', async () => {
      const twice = await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, {
        clientName: '山口 れん',
        clientNameKana: 'やまぐち れん',
        birthYear: 1992,
        duplicateReason: '漢字が違うため別の方と判断',
      });
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('button', { name: '重複ケースを統合' }).click();
      const dialog = page.getByRole('dialog', { name: '重複して登録されたケースの統合' });
      // The search starts from the family name's reading, so the case registered twice is offered.
      await dialog.getByRole('combobox').click();
      await page.getByRole('option', { name: new RegExp(twice.caseNumber) }).click();
      await dialog.getByLabel('理由').fill('同一人物を2回登録していたため');
      await dialog.getByRole('button', { name: '統合する' }).click();
      await page.getByText(`${twice.caseNumber} をこのケースに統合しました`).waitFor();
      const merged = await api<CaseDto>(server, 'GET', `/cases/${twice.id}`, org.users.aSupervisor.token);
      expect(merged).toMatchObject({ status: 'closed', closureReason: 'duplicate', mergedIntoId: theCase.id });

      await page.goto(`${server.baseUrl}/#/cases/${twice.id}/show`);
      await page.getByTestId('merged-into').getByRole('link', { name: '統合先のケースを開く' }).click();
      await page.getByText(theCase.caseNumber).first().waitFor();

      await page.goto(`${server.baseUrl}/#/audit-logs`);
      await page.getByLabel('ケース番号').fill(twice.caseNumber);
      // The filter applies once typing settles: then only that case's entries are listed.
      await page.waitForURL(/caseNumber/);
      const rows = page.locator('tbody tr');
      await rows.filter({ hasText: 'ケースの統合' }).first().waitFor();
      await rows.filter({ hasText: theCase.caseNumber }).first().waitFor({ state: 'detached' });
      const numbers = await rows.locator('td').filter({ hasText: /^TSA-/ }).allTextContents();
      expect(numbers.length).toBeGreaterThan(0);
      expect(new Set(numbers)).toEqual(new Set([twice.caseNumber]));
      await browser.screenshot('audit-by-case-number');
    });
  });

  it('keeps a half-typed referral plan as a draft when the tab is left, and puts it back', async () => {
    await browser.step('referral-draft', async () => {
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/referrals`);
      await page.getByRole('button', { name: '紹介を計画' }).click();
      const plan = page.getByRole('region', { name: '紹介を計画' });
      await plan.getByLabel('紹介の理由').fill('就労準備のため、サポートステーションの見学を本人が希望。');
      await page.getByRole('tab', { name: '概要' }).click();
      // The form has left the page (the tab really changed) before coming back to it.
      await plan.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '紹介・つなぎ' }).click();
      await page.getByRole('button', { name: '紹介を計画' }).click();
      await page.getByTestId('draft-restored').waitFor();
      expect(await plan.getByLabel('紹介の理由').inputValue()).toBe('就労準備のため、サポートステーションの見学を本人が希望。');
    });
  });
});
