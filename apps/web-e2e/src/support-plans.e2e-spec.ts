import type { Page } from 'playwright-core';
import { japanDate, type AgencyDto, type CaseDto, type SupportPlanDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, filterQuery, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };

const dayFromToday = (days: number) => new Date(Date.parse(`${japanDate()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** 支援計画 in the browser: a coordinator agrees a plan with two goals on a case, then reviews it. */
describe('web app: support plans (支援計画)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;
  const agencyName = '計画サポートステーション';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    await api<AgencyDto>(server, 'POST', '/agencies', org.users.aStaff.token, { name: agencyName, type: 'youth_support_station' });
    theCase = await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, {
      clientName: '山田 翔',
      clientNameKana: 'やまだ しょう',
      birthYear: 1990,
      openedOn: dayFromToday(-200),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const plan = () => page.getByTestId('current-plan');

  it('lets a coordinator record a plan with two goals', async () => {
    await browser.step('plan-create', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('tab', { name: '概要' }).waitFor();
      const tabs = await page.getByRole('tab').allTextContents();
      expect(tabs.indexOf('支援計画')).toBe(tabs.indexOf('アセスメント') + 1);
      await page.getByRole('tab', { name: '支援計画' }).click();
      await page.getByText('まだ支援計画がありません。').waitFor();

      await page.getByRole('button', { name: '新しい計画を作成' }).click();
      const form = page.getByRole('region', { name: '新しい支援計画を作成' });
      expect(await form.locator('input[name="agreedOn"]').inputValue()).toBe(japanDate());
      await form.getByRole('radio', { name: '本人と合意' }).check();
      const line = (i: number) => form.locator('.RaSimpleFormIterator-line').nth(i);
      await form.locator('input[name="goals.0.goal"]').fill('週に1回、図書館へ行く');
      await form.locator('textarea[name="goals.0.steps"]').fill('最初の月は母と一緒に行く');
      await line(0).getByRole('checkbox', { name: '本人' }).check();
      await line(0).getByRole('checkbox', { name: '家族' }).check();

      await form.getByRole('button', { name: '追加' }).click();
      await form.locator('input[name="goals.1.goal"]').fill('サポステの見学に行く');
      await line(1).getByRole('checkbox', { name: '関係機関' }).check();
      await line(1).getByRole('checkbox', { name: 'センター' }).check();
      await choose(page, /^関係機関/, agencyName);
      await form.locator('input[name="goals.1.targetOn"]').fill(dayFromToday(60));
      await browser.screenshot('plan-form-desktop');
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByText('支援計画を作成しました').waitFor();

      await plan().getByText('サポステの見学に行く').waitFor();
      expect(await plan().getByTestId('plan-goal').count()).toBe(2);
      await plan().getByText(agencyName).waitFor();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('plan-tab-desktop');
    });
  });

  it('lets the coordinator review every goal and set the next review day', async () => {
    await browser.step('plan-review', async () => {
      await plan().getByRole('button', { name: '見直しを記録' }).click();
      const form = page.getByRole('region', { name: '支援計画の見直しを記録' });
      const goal = (name: string) => form.getByRole('group', { name, exact: true });

      // One goal left without a result: nothing is sent.
      await goal('週に1回、図書館へ行く').getByRole('button', { name: '達成', exact: true }).click();
      await form.getByRole('button', { name: '保存' }).click();
      await goal('サポステの見学に行く').getByText('評価を選んでください').waitFor();

      await goal('サポステの見学に行く').getByRole('button', { name: '取り組み中', exact: true }).click();
      await goal('サポステの見学に行く').getByRole('textbox').fill('見学日を調整中');
      const five = await goal('サポステの見学に行く').getByRole('button', { name: '取り組み中', exact: true }).boundingBox();
      expect(Math.round(five?.height ?? 0)).toBeGreaterThanOrEqual(44);
      await browser.screenshot('plan-review-form-desktop');
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByText('見直しを記録しました').waitFor();

      await plan().getByText('見学日を調整中').waitFor();
      expect(await plan().getByTestId('goal-result').allTextContents()).toEqual(['達成', '取り組み中']);
      expect(await page.getByTestId('plan-review').count()).toBe(1);

      const [saved] = await api<SupportPlanDto[]>(server, 'GET', `/support-plans?${filterQuery({ caseId: theCase.id })}`, org.users.aCoordinator.token);
      expect(saved.reviews).toHaveLength(1);
      expect(saved.goals.map((g) => g.result)).toEqual(['achieved', 'in_progress']);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('plan-reviewed-desktop');
    });
  });

  it('fits a tablet: nothing scrolls sideways, the buttons are big enough for a finger', async () => {
    await browser.step('plan-tablet', async () => {
      await page.setViewportSize(TABLET);
      await page.waitForFunction(() => (document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0) < 80);
      await plan().waitFor();
      await expectNoSidewaysScroll(page);
      const create = await page.getByRole('button', { name: '新しい計画を作成' }).boundingBox();
      expect(Math.round(create?.height ?? 0)).toBeGreaterThanOrEqual(44);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('plan-tab-tablet');
      await page.setViewportSize(DESKTOP);
      await signOut(page);
    });
  });

  it('lets a supervisor void a plan recorded by mistake, putting the one it superseded back in force', async () => {
    await browser.step('plan-void', async () => {
      const inForce = async () =>
        (await api<SupportPlanDto[]>(server, 'GET', `/support-plans?${filterQuery({ caseId: theCase.id })}`, org.users.aSupervisor.token)).find((p) => p.current);
      const first = await inForce();
      await api<SupportPlanDto>(server, 'POST', '/support-plans', org.users.aCoordinator.token, {
        caseId: theCase.id,
        agreedOn: japanDate(),
        agreedHow: 'with_family',
        reviewOn: dayFromToday(90),
        goals: [{ goal: '間違えて登録した目標', actors: ['center'] }],
      });
      // A coordinator corrects, a supervisor voids.
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('tab', { name: '支援計画' }).click();
      await plan().getByText('間違えて登録した目標').waitFor();
      expect(await plan().getByRole('button', { name: '無効化' }).count()).toBe(0);
      await signOut(page);

      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('tab', { name: '支援計画' }).click();
      await plan().getByRole('button', { name: '無効化' }).click();
      const dialog = page.getByRole('dialog', { name: /支援計画の無効化/ });
      await dialog.getByRole('textbox').fill('別のケースの計画を登録した');
      await dialog.getByRole('button', { name: '無効化' }).click();
      await plan().getByText('週に1回、図書館へ行く').waitFor();
      expect((await inForce())?.id).toBe(first?.id);
      await signOut(page);
    });
  });
});
