import type { Page } from 'playwright-core';
import type { CaseDto, InquiryDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, filterQuery, signIn } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** 相談受付 in the browser: a call logged from the keyboard while on the phone, a repeat call linked, the person's case opened. */
describe('web app: first contacts (相談受付)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  const firstCall = '母より電話。息子(30代)が3年ほど自室から出ない。家族としてどう関わればよいか。';
  const secondCall = '二回目の電話。息子が夜に少し話すようになった。面談を考えたい。';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const quickEntry = () => page.getByRole('dialog', { name: '相談受付（電話）' });
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
  const inquiries = async () => api<InquiryDto[]>(server, 'GET', `/inquiries?${filterQuery({})}`, org.users.aCoordinator.token);

  it('logs a call from the home screen with the keyboard only: Alt+N, a few keys, Ctrl+Enter', async () => {
    await browser.step('quick-entry-keyboard', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.getByText('ようこそ、相談 花子さん').waitFor();
      await page.getByTestId('inquiries-home').getByText('今日の相談受付はまだありません。').waitFor();

      // Every key press and every typed text counts as one action.
      let actions = 0;
      const press = async (key: string) => {
        actions++;
        await page.keyboard.press(key);
      };
      const type = async (text: string) => {
        actions++;
        await page.keyboard.insertText(text);
      };
      const started = Date.now();
      await press('Alt+KeyN');
      await quickEntry().waitFor();
      // The cursor waits on who called, family already chosen.
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'callerType');
      expect(await quickEntry().getByRole('radio', { name: '家族' }).isChecked()).toBe(true);
      await press('Tab'); // to the relationship: 母 first
      expect(await focusedName()).toBe('callerRelationship');
      await press('Space');
      await press('Tab'); // 相談上の名前
      expect(await focusedName()).toBe('nickname');
      await type('さくら');
      await press('Tab'); // 相談者氏名
      await press('Tab'); // 相談者番号
      await press('Tab'); // 相談の概要
      expect(await focusedName()).toBe('summary');
      await type(firstCall);
      await browser.screenshot('inquiry-quick-entry');
      await press('Control+Enter');
      await page.getByText('相談受付を記録しました', { exact: true }).waitFor();
      await quickEntry().waitFor({ state: 'hidden' });
      const elapsed = Date.now() - started;
      expect(actions).toBeLessThanOrEqual(12);
      expect(elapsed).toBeLessThan(30_000);

      const saved = (await inquiries()).find((i) => i.summary === firstCall);
      expect(saved).toMatchObject({ method: 'phone', callerType: 'family', callerRelationship: 'mother', nickname: 'さくら', outcome: 'informed', chainSize: 1 });
      // The home screen counts it.
      await page.getByTestId('inquiries-home').getByText('今日の相談受付（1件）').waitFor();
      await browser.screenshot('inquiry-home');
    });
  });

  it('links a second call of the same nickname, shows the chain of two, and opens the case from it', async () => {
    await browser.step('chain-and-convert', async () => {
      // From another screen, by the app bar's button.
      await page.goto(`${server.baseUrl}/#/cases`);
      await page.getByRole('button', { name: '電話を受けた' }).click();
      await quickEntry().waitFor();
      await quickEntry().locator('input[name="nickname"]').fill('さくら');
      await quickEntry().locator('textarea[name="summary"]').fill(secondCall);
      await quickEntry().getByRole('radio', { name: '来所予約' }).check();
      await quickEntry().getByRole('button', { name: '保存' }).click();
      await page.getByText('相談受付を記録しました。前回までの相談（1件）につなげました').waitFor();

      const second = (await inquiries()).find((i) => i.summary === secondCall) as InquiryDto;
      const first = (await inquiries()).find((i) => i.summary === firstCall) as InquiryDto;
      expect(second.chainId).toBe(first.chainId);
      expect(second.chainSize).toBe(2);

      // The list, then the second call's page: the chain of two.
      await page.getByRole('menuitem', { name: '相談受付' }).click();
      await page.getByRole('row').filter({ hasText: '来所予約' }).click();
      await page.waitForURL(new RegExp(`#/inquiries/${second.id}/show`));
      const chain = page.getByTestId('inquiry-chain');
      await chain.getByText('相談のつながり（2件）').waitFor();
      await chain.getByText(/この相談/).waitFor();
      await chain.getByText(firstCall).waitFor();
      await browser.screenshot('inquiry-show-chain');

      // ケース化: filled in from the contact; the name is all that is missing.
      await page.getByRole('button', { name: 'ケース化' }).click();
      const dialog = page.getByRole('dialog', { name: 'ケース化（新しいケースを作成）' });
      expect(await dialog.locator('textarea[name="chiefConcern"]').inputValue()).toBe(secondCall);
      await dialog.locator('input[name="clientName"]').fill('佐藤 健');
      await browser.screenshot('inquiry-convert-dialog');
      await dialog.getByRole('button', { name: 'ケースを作成' }).click();
      await page.waitForURL(/#\/cases\/[0-9a-f-]+\/show/);
      const caseId = /#\/cases\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] as string;
      const opened = await api<CaseDto>(server, 'GET', `/cases/${caseId}`, org.users.aCoordinator.token);
      expect(opened.clientName).toBe('佐藤 健');
      expect(opened.referralRoute).toBe('family');

      // The case's history shows both earlier contacts.
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByText(firstCall).waitFor();
      await page.getByText(secondCall).waitFor();
      expect(await page.locator('[data-kind="inquiry"]').count()).toBe(2);
      await browser.screenshot('inquiry-case-timeline');

      // Back on the contact: a link to the case instead of ケース化.
      await page.goto(`${server.baseUrl}/#/inquiries/${first.id}/show`);
      await page.getByRole('button', { name: 'ケースを開く' }).waitFor();
      expect(await page.getByRole('button', { name: 'ケース化' }).count()).toBe(0);
    });
  });

  it('fits the list on a tablet', async () => {
    await browser.step('inquiries-tablet', async () => {
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.goto(`${server.baseUrl}/#/inquiries`);
      await page.getByRole('row').filter({ hasText: 'さくら' }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await browser.screenshot('inquiries-list-tablet');
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  });
});
