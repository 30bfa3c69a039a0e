import type { Page } from 'playwright-core';
import { fiscalYear, japanDate, type CaseDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, signIn } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** Issue 3 in the browser: a case with the duplicate check, its family and consents, confidential by assignment. */
describe('web app: cases, families and consents (issue 3)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let earlier: CaseDto;
  let caseId: string;
  const fy = fiscalYear(japanDate());

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    // The same person, registered earlier by another coordinator: the duplicate check must find it.
    earlier = await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator2.token, {
      clientName: '田中 翔太',
      clientNameKana: 'タナカ ショウタ',
      birthDate: '1984-06-02',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a coordinator create a case after the duplicate check, add the mother and record an outreach consent', async () => {
    await browser.step('case-create', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.getByText('担当している進行中のケースはありません。').waitFor();

      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      await page.getByRole('link', { name: '作成' }).click();
      await page.getByText('センター内に同じ方のケースがないか確認します').waitFor();
      await page.locator('input[name="clientName"]').fill('田中 翔太');
      await page.locator('input[name="clientNameKana"]').fill('たなか しょうた');
      await page.locator('input[name="birthDate"]').fill('1984-06-02');

      // Before saving: the possible duplicate, with limited fields only.
      const warning = page.getByText('センター内によく似たケースが 1 件あります');
      await warning.waitFor();
      const match = page.getByRole('table', { name: '重複の可能性があるケース' }).getByRole('row').filter({ hasText: earlier.caseNumber });
      expect(await match.textContent()).toContain('田.翔.');
      expect(await match.textContent()).toContain('1984');
      expect(await match.textContent()).toContain('相談 次郎');
      expect(await page.getByTestId('duplicate-check').textContent()).not.toContain('田中 翔太');
      await browser.screenshot('case-create-duplicate-check');

      await page.locator('input[name="municipality"]').fill('みなと市');
      // A possible duplicate is registered only with a reason why this is another person.
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('同じ人と思われるケースがあります').waitFor();
      await page.locator('input[name="duplicateReason"]').fill('同姓同名・同じ生年月日の別人（住所と家族構成が異なる）');
      await page.getByRole('button', { name: '保存' }).click();

      await page.getByRole('tab', { name: '概要' }).waitFor();
      await page.getByText(`TSA-${fy}-0002`).first().waitFor();
      caseId = /#\/cases\/([0-9a-f-]{36})\/show/.exec(page.url())?.[1] ?? '';
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
      await page.getByText('相談 花子（あなた）').first().waitFor();

      // The mother, added in place on the family tab.
      await page.getByRole('tab', { name: '家族' }).click();
      await page.getByText('まだ家族が登録されていません。').waitFor();
      await page.getByRole('button', { name: '家族を追加' }).click();
      await choose(page, /続柄/, '母');
      await page.locator('input[name="name"]').fill('田中 恵子');
      await page.locator('input[name="birthYear"]').fill('1952');
      await page.getByRole('button', { name: '保存' }).click();
      const mother = page.getByRole('row').filter({ hasText: '田中 恵子' });
      await mother.waitFor();
      expect(await mother.textContent()).toContain('母');
      expect(await mother.textContent()).toContain('1952年生');
      await browser.screenshot('case-family');

      // The outreach consent, given by the mother.
      await page.getByRole('tab', { name: '同意' }).click();
      await page.getByText('まだ同意が記録されていません。').waitFor();
      await page.getByRole('button', { name: '同意を記録' }).click();
      await page.getByRole('radio', { name: '家族' }).check();
      await choose(page, /^家族/, '母 田中 恵子');
      await choose(page, /目的/, '訪問支援');
      await page.getByRole('button', { name: '保存' }).click();
      const consent = page.getByRole('row').filter({ hasText: '訪問支援' });
      await consent.waitFor();
      expect(await consent.textContent()).toContain('有効');
      expect(await consent.textContent()).toContain('田中 恵子');

      // A consent withdrawn with a reason stays, marked withdrawn.
      await page.getByRole('button', { name: '同意を記録' }).click();
      await choose(page, /目的/, '相談記録（要配慮個人情報）');
      await page.getByRole('radio', { name: '口頭' }).check();
      await page.getByRole('button', { name: '保存' }).click();
      const consultation = page.getByRole('row').filter({ hasText: '相談記録' });
      await consultation.getByRole('button', { name: '撤回' }).click();
      await page.getByRole('dialog').getByLabel('理由').fill('本人の意向を確認し直すため');
      await page.getByRole('dialog').getByRole('button', { name: '撤回' }).click();
      await consultation.getByText('本人の意向を確認し直すため').waitFor();
      expect(await consultation.textContent()).toContain('撤回');
      expect(await page.getByRole('row').filter({ hasText: '訪問支援' }).textContent()).toContain('有効');
      await browser.screenshot('case-consents');

      // The overview flags the 8050 household (本人 42, mother 74 at home).
      await page.getByRole('tab', { name: '概要' }).click();
      await page.getByText('8050', { exact: true }).waitFor();

      // The coordinator corrects the record: a risk flag and since when.
      await page.getByRole('link', { name: '編集' }).click();
      await page.getByRole('checkbox', { name: '経済的困窮' }).check();
      await page.locator('input[name="hikikomoriSince"]').fill('2015-04');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('tab', { name: '概要' }).waitFor();
      await page.getByText('2015-04').waitFor();
      await page.getByText('経済的困窮').first().waitFor();
      await browser.screenshot('case-overview');

      // Home lists the new case.
      await page.goto(`${server.baseUrl}/#/`);
      await page.getByText('担当ケース（1件）').waitFor();
      await page.getByRole('link', { name: `TSA-${fy}-0002` }).waitFor();
      await browser.screenshot('coordinator-home');
    });
  });

  it('hides the case from another coordinator of the same center, and shows it to the supervisor', async () => {
    await browser.step('case-confidentiality', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator2.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${caseId}/show`);
      await page.getByRole('alert').getByText('見つかりません', { exact: true }).waitFor();
      await page.getByText('この記録は存在しないか、あなたには閲覧する権限がありません。').waitFor();
      expect(await page.getByText('田中 恵子').count()).toBe(0);
      await browser.screenshot('case-not-found-for-other-coordinator');

      // Their list has their own case only.
      await page.goto(`${server.baseUrl}/#/cases`);
      await page.getByRole('row').filter({ hasText: earlier.caseNumber }).waitFor();
      expect(await page.getByRole('row').filter({ hasText: `TSA-${fy}-0002` }).count()).toBe(0);

      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${caseId}/show`);
      await page.getByText('みなと市').waitFor();
      await page.getByText('相談 花子', { exact: true }).waitFor();
      for (const control of ['終結', '担当者の変更', '無効化']) await page.getByRole('button', { name: control, exact: true }).waitFor();

      // The supervisor adds the second coordinator, who can then open the case.
      await page.getByRole('button', { name: '担当者の変更' }).click();
      await page.getByRole('dialog').getByRole('combobox', { name: /副担当/ }).click();
      await page.getByRole('option', { name: '相談 次郎' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await page.getByText('相談 次郎', { exact: true }).waitFor();
      await browser.screenshot('case-supervisor');

      // Closing takes a reason; a closed case can be reopened.
      await page.getByRole('button', { name: '終結', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /終結理由/ }).selectOption({ label: '他機関へ移行' });
      await dialog.getByRole('button', { name: '終結' }).click();
      await page.getByText('他機関へ移行').waitFor();
      await page.getByRole('button', { name: '再開（終結を取り消す）' }).waitFor();
      expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);
      await browser.screenshot('case-closed');
    });
  });
});
