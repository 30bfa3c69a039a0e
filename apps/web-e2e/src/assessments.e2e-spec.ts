import type { Page } from 'playwright-core';
import { addMonths, ASSESSMENT_DOMAINS, DEFAULT_REASSESSMENT_MONTHS, japanDate, type AssessmentDto, type CaseDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, filterQuery, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };

/** The Japan day `days` days from today (negative: before). */
const dayFromToday = (days: number) => new Date(Date.parse(`${japanDate()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const shown = (day: string) => day.replace(/-/g, '/');

/** The first assessment: family relations strained (2), going out rare (1), the rest middling. */
const FIRST_SCORES: Record<string, number | null> = { health: 3, daily_life: 2, family: 2, social: 1, school_work: 1, finances: 3, household: 2, risk: null };

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** アセスメント in the browser: a coordinator reassesses a case, sees what changed and when the next is due. */
describe('web app: assessments (アセスメント)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    const token = org.users.aCoordinator.token;
    theCase = await api<CaseDto>(server, 'POST', '/cases', token, {
      clientName: '高橋 健太',
      clientNameKana: 'たかはし けんた',
      birthYear: 1992,
      openedOn: dayFromToday(-365),
    });
    await api<AssessmentDto>(server, 'POST', '/assessments', token, {
      caseId: theCase.id,
      assessedOn: dayFromToday(-200),
      ratings: Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: FIRST_SCORES[d], note: d === 'family' ? '父とは会話がない' : null }])),
      strengths: 'ゲームを通じたオンラインの友人がいる',
      wishes: '本人: いつか働きたい',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const latest = () => page.getByTestId('latest-assessment');
  const change = (domain: string) => latest().getByTestId(`domain-${domain}`).getByTestId('change');
  const domainInput = (name: string) => page.getByRole('group', { name, exact: true });

  it('lets a coordinator record a reassessment from the last one and shows what changed', async () => {
    await browser.step('assessment-reassess', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      // The home lists the overdue reassessment; its row opens the case's assessments.
      await page.getByRole('table', { name: 'アセスメントの見直し期限を過ぎている（1件）' }).getByRole('link', { name: theCase.caseNumber }).click();
      await latest().waitFor();
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('tab', { name: '概要' }).waitFor();
      const tabs = await page.getByRole('tab').allTextContents();
      expect(tabs.indexOf('アセスメント')).toBe(tabs.indexOf('支援経過') + 1);
      await page.getByRole('tab', { name: 'アセスメント' }).click();

      // 200 days ago, with a six-month interval: the review is overdue; one assessment, so no chart yet.
      await latest().getByTestId('due-chip').getByText('見直し期限を過ぎています').waitFor();
      expect(await latest().getByTestId('next-due').textContent()).toBe(shown(addMonths(dayFromToday(-200), DEFAULT_REASSESSMENT_MONTHS)));
      await page.getByText('推移のグラフは、アセスメントが2回以上になると表示されます。').waitFor();

      await page.getByRole('button', { name: 'アセスメントを記録' }).click();
      const form = page.getByRole('region', { name: 'アセスメントを記録' });
      await form.getByText('前回のアセスメントの評価とメモを入れてあります。').waitFor();
      expect(await domainInput('家族関係').getByRole('button', { name: '2', exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await form.locator('input[name="ratings.family.note"]').inputValue()).toBe('父とは会話がない');
      expect(await form.locator('input[name="assessedOn"]').inputValue()).toBe(japanDate());

      // Two domains moved: the father talks with him now; he goes to the library weekly.
      await domainInput('家族関係').getByRole('button', { name: '4', exact: true }).click();
      await form.locator('input[name="ratings.family.note"]').fill('父と週に数回、会話するようになった');
      await domainInput('対人交流・外出').getByRole('button', { name: '2', exact: true }).click();
      await form.locator('input[name="ratings.social.note"]').fill('週1回、図書館へ外出');
      await browser.screenshot('assessment-form-desktop');
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByText('アセスメントを記録しました').waitFor();

      await latest().getByText('父と週に数回、会話するようになった').waitFor();
      expect([await change('family').textContent(), await change('social').textContent(), await change('health').textContent(), await change('risk').textContent()]).toEqual([
        '▲+2',
        '▲+1',
        '±0',
        '—',
      ]);
      expect(await latest().getByTestId('next-due').textContent()).toBe(shown(addMonths(japanDate(), DEFAULT_REASSESSMENT_MONTHS)));
      expect(await latest().getByTestId('due-chip').count()).toBe(0);

      // The chart: one line per domain, the legend in Japanese; the first assessment below as history.
      const chart = page.getByRole('figure', { name: '領域ごとの推移' });
      // A flat line has no height, so Playwright counts it as hidden: attached is enough.
      await chart.locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
      expect(await chart.locator('.recharts-line-curve').count()).toBe(ASSESSMENT_DOMAINS.length);
      await chart.getByText('家族関係').waitFor();
      const earlier = page.getByTestId('earlier-assessment');
      expect(await earlier.count()).toBe(1);
      expect(await earlier.textContent()).toContain(shown(dayFromToday(-200)));

      const saved = await api<AssessmentDto[]>(server, 'GET', `/assessments?${filterQuery({ caseId: theCase.id })}`, org.users.aCoordinator.token);
      expect(saved).toHaveLength(2);

      await expectNoSidewaysScroll(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('assessment-tab-desktop');
    });
  });

  it('works on a tablet: nothing scrolls sideways and the score buttons are big enough for a finger', async () => {
    await browser.step('assessment-tablet', async () => {
      await page.setViewportSize(TABLET);
      await page.waitForFunction(() => (document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0) < 80);
      await latest().waitFor();
      await expectNoSidewaysScroll(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('assessment-tab-tablet');

      await page.getByRole('button', { name: '最新のアセスメントを修正' }).click();
      const form = page.getByRole('region', { name: '最新のアセスメントを修正' });
      const five = await domainInput('危険・リスク').getByRole('button', { name: '5', exact: true }).boundingBox();
      expect({ inView: !!five && five.x + five.width <= TABLET.width, tall: Math.round(five?.height ?? 0) >= 44, wide: Math.round(five?.width ?? 0) >= 44 }).toEqual({
        inView: true,
        tall: true,
        wide: true,
      });
      await expectNoSidewaysScroll(page);
      await browser.screenshot('assessment-form-tablet');
      await form.getByRole('button', { name: 'キャンセル' }).click();
      await page.setViewportSize(DESKTOP);
      // The app bar hides while the page is scrolled down.
      await page.evaluate(() => window.scrollTo(0, 0));
      await signOut(page);
    });
  });

  it('is not shown to liaison staff', async () => {
    await browser.step('assessment-staff', async () => {
      await signIn(page, server.baseUrl, org.users.aStaff.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('tab', { name: '概要' }).waitFor();
      expect(await page.getByRole('tab').allTextContents()).not.toContain('アセスメント');
      await signOut(page);
    });
  });
});
