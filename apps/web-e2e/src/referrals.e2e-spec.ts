import type { Page } from 'playwright-core';
import type { CaseDto, ReferralDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, filterQuery, signIn } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** Issue 5 in the browser: a referral leaves the center only under a consent, and the disclosure proves it. */
describe('web app: agencies, referrals and disclosures (issue 5)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;
  const agencyName = 'みなと市地域若者サポートステーション';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    theCase = await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, {
      clientName: '鈴木 大輔',
      clientNameKana: 'すずき だいすけ',
      birthYear: 1995,
      municipality: 'みなと市',
      clientContact: 'direct',
      chiefConcern: '就労への不安',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openReferrals = async () => {
    await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/referrals`);
    await page.getByRole('tab', { name: '紹介・つなぎ', selected: true }).waitFor();
  };

  it('lets staff add an agency and plan a referral, and tells them no consent covers it yet', async () => {
    await browser.step('referral-planned', async () => {
      await signIn(page, server.baseUrl, org.users.aStaff.email, TEST_PASSWORD);
      await page.getByText('回答待ちの紹介はありません。').waitFor();

      await page.getByRole('menuitem', { name: '関係機関' }).click();
      await page.getByRole('link', { name: '作成' }).click();
      await page.locator('input[name="name"]').fill(agencyName);
      await choose(page, /種別/, '地域若者サポートステーション');
      await page.locator('input[name="municipality"]').fill('みなと市');
      await page.locator('input[name="contactPerson"]').fill('山本');
      await page.locator('input[name="phone"]').fill('045-000-0000');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('row').filter({ hasText: agencyName }).waitFor();
      await browser.screenshot('agency-directory');

      // Staff reach the case through the referral view: number, name, age, municipality, lead.
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      await page.getByRole('row').filter({ hasText: theCase.caseNumber }).click();
      await page.getByRole('tab', { name: '概要' }).waitFor();
      expect(await page.getByRole('tab').allTextContents()).toEqual(['概要', '同意', '紹介・つなぎ', '第三者提供の記録']);
      expect(await page.getByText('就労への不安').count()).toBe(0);
      await browser.screenshot('staff-case-referral-view');

      await page.getByRole('tab', { name: '紹介・つなぎ' }).click();
      await page.getByRole('button', { name: '紹介を計画' }).click();
      const plan = page.getByRole('region', { name: '紹介を計画' });
      await choose(page, /紹介先/, agencyName);
      await plan.locator('textarea[name="reason"]').fill('就労に向けた相談を本人が希望');
      await plan.getByRole('button', { name: '保存' }).click();

      const referral = page.getByTestId('referral');
      await referral.getByText('計画中').waitFor();
      await referral.getByTestId('consent-coverage').getByText('この紹介を対象とする同意がありません').waitFor();
      expect(await referral.getByRole('button').allTextContents()).toEqual(['送付する', '取りやめる']);

      // Sending is refused in the dialog itself: no consent, nothing can be sent.
      await referral.getByRole('button', { name: '送付する' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('この機関を指定した有効な「関係機関との情報共有」の同意が必要です').waitFor();
      expect(await dialog.getByRole('button', { name: '送付する' }).isDisabled()).toBe(true);
      await browser.screenshot('referral-no-consent');
      await dialog.getByRole('button', { name: 'キャンセル' }).click();
    });
  });

  it('lets the coordinator record the information-sharing consent', async () => {
    await browser.step('sharing-consent', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/consents`);
      await page.getByRole('button', { name: '同意を記録' }).click();
      await choose(page, /目的/, '関係機関との情報共有');
      await choose(page, /提供先の機関/, agencyName);
      await page.getByRole('checkbox', { name: '基本情報' }).check();
      await page.getByRole('checkbox', { name: '就労・就学' }).check();
      await page.getByRole('button', { name: '保存' }).click();
      const consent = page.getByRole('row').filter({ hasText: '関係機関との情報共有' });
      await consent.getByText('有効').waitFor();
      expect(await consent.textContent()).toContain(agencyName);
    });
  });

  it('lets staff send it under that consent, record the acceptance, and shows the disclosure', async () => {
    await browser.step('referral-sent', async () => {
      await signIn(page, server.baseUrl, org.users.aStaff.email, TEST_PASSWORD);
      await openReferrals();
      const referral = page.getByTestId('referral');
      await referral.getByTestId('consent-coverage').getByText('この紹介に使える同意があります').waitFor();
      await referral.getByRole('button', { name: '送付する' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('この紹介に使える同意があります').waitFor();
      expect(await dialog.getByRole('checkbox', { name: '基本情報' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox', { name: '就労・就学' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox').count()).toBe(2);
      await browser.screenshot('referral-send-dialog');
      await dialog.getByRole('button', { name: '送付する' }).click();
      await referral.getByText('紹介済み（回答待ち）').waitFor();

      // Home: the referral waits for the agency's answer.
      await page.goto(`${server.baseUrl}/#/`);
      const waiting = page.getByRole('table', { name: '機関からの回答待ち（1件）' });
      await waiting.getByText(agencyName).waitFor();
      await waiting.getByText(theCase.caseNumber, { exact: false }).waitFor();
      await browser.screenshot('staff-home-waiting');

      // The agency accepted.
      await waiting.getByRole('link').first().click();
      await page.getByRole('tab', { name: '紹介・つなぎ', selected: true }).waitFor();
      await referral.getByRole('button', { name: '受入れを記録' }).click();
      await page.getByRole('dialog').getByLabel('機関からの回答').fill('初回面談の日程を調整中');
      await page.getByRole('dialog').getByRole('button', { name: '受入れを記録' }).click();
      await referral.getByText('受入れ', { exact: true }).waitFor();
      await referral.getByText('初回面談の日程を調整中').waitFor();
      expect(await referral.getByRole('button').allTextContents()).toEqual(['完了を記録', '取りやめる']);
      await browser.screenshot('referral-accepted');

      // The disclosure record: to whom, what, on which basis, by whom.
      await page.getByRole('tab', { name: '第三者提供の記録' }).click();
      const disclosure = page.getByRole('row').filter({ hasText: agencyName });
      await disclosure.waitFor();
      const text = await disclosure.textContent();
      expect(text).toContain('基本情報・就労・就学');
      expect(text).toContain('本人等の同意');
      expect(text).toContain('連携 三郎（あなた）');
      await browser.screenshot('case-disclosures');

      const [sent] = await api<ReferralDto[]>(server, 'GET', `/referrals?${filterQuery({ caseId: theCase.id })}`, org.users.aSupervisor.token);
      expect(sent.status).toBe('accepted');
    });
  });
});
