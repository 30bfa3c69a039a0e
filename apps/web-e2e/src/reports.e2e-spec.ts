import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { fiscalYear, japanDate, japaneseFiscalYear, type AgencyDto, type CaseDto } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN, seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, filterQuery, signIn } from './support/app';
import { launchBrowser, SCREENSHOT_DIR, type TestBrowser } from './support/browser';

const DAY = 24 * 60 * 60 * 1000;

/** The calendar day `days` before today in Japan. */
const daysAgo = (days: number) => japanDate(new Date(Date.now() - days * DAY));

/** Issue 6 in the browser: a supervisor's caseloads and activity statistics, one click from home. */
describe('web app: reports and exports (issue 6)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let older: CaseDto;
  let younger: CaseDto;
  const today = japanDate();
  const fyStart = `${fiscalYear(today)}-04-01`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    const { aCoordinator, aCoordinator2, aSupervisor, aStaff } = org.users;

    // An 8050 household, consulted by the mother only so far; and a younger client met in person,
    // led by the second coordinator with the first as second.
    older = await api<CaseDto>(server, 'POST', '/cases', aCoordinator.token, {
      clientName: '高橋 誠',
      clientNameKana: 'たかはし まこと',
      birthYear: 1978,
      sex: 'male',
      hikikomoriSince: '2012-04',
      clientContact: 'none',
      openedOn: fyStart,
    });
    await api(server, 'POST', '/family-members', aCoordinator.token, {
      caseId: older.id,
      relationship: 'mother',
      name: '高橋 久子',
      birthYear: 1948,
      livesWithClient: true,
      mainConsulter: true,
    });
    younger = await api<CaseDto>(server, 'POST', '/cases', aSupervisor.token, {
      clientName: '伊藤 葵',
      clientNameKana: 'いとう あおい',
      birthYear: 2001,
      sex: 'female',
      hikikomoriSince: '2023-10',
      clientContact: 'direct',
      leadCoordinatorId: aCoordinator2.id,
      secondCoordinatorIds: [aCoordinator.id],
    });
    // A case nobody has contacted for more than 90 days.
    await api<CaseDto>(server, 'POST', '/cases', aCoordinator2.token, {
      clientName: '渡辺 翔',
      birthYear: 1990,
      openedOn: daysAgo(120),
    });

    // Contacts this fiscal year: an earlier phone call (this month if the year has just begun), and today's.
    const earlier = fyStart < today ? `${fyStart}T10:00:00+09:00` : new Date(Date.now() - 120_000).toISOString();
    const now = new Date(Date.now() - 60_000).toISOString();
    await api(server, 'POST', '/interviews', aCoordinator.token, {
      caseId: older.id,
      heldAt: earlier,
      method: 'phone',
      participants: ['family'],
      durationMinutes: 30,
      summary: '母より電話相談。',
    });
    await api(server, 'POST', '/interviews', aCoordinator.token, {
      caseId: older.id,
      heldAt: now,
      method: 'in_person',
      participants: ['family'],
      durationMinutes: 60,
      summary: '母が来所。',
      nextContactOn: today,
    });
    await api(server, 'POST', '/interviews', aCoordinator2.token, {
      caseId: younger.id,
      heldAt: now,
      method: 'online',
      participants: ['client'],
      durationMinutes: 45,
      summary: '本人とオンライン面談。',
    });

    // A referral planned to a youth support station.
    const agency = await api<AgencyDto>(server, 'POST', '/agencies', aStaff.token, {
      name: 'みなと市地域若者サポートステーション',
      type: 'youth_support_station',
    });
    await api(server, 'POST', '/referrals', aStaff.token, {
      caseId: younger.id,
      agencyId: agency.id,
      subject: 'client',
      reason: '就労体験の相談',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks a download button and returns the saved file's bytes. */
  const downloadBy = async (button: string): Promise<{ download: Download; bytes: Buffer }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { download, bytes: readFileSync(path) };
  };
  const BOM = [0xef, 0xbb, 0xbf];

  it('shows a supervisor the caseloads and this fiscal year’s statistics, and downloads the activity CSV', async () => {
    await browser.step('reports', async () => {
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);

      // One click from home.
      await page.getByRole('link', { name: '実績・統計を開く' }).click();
      await page.getByRole('heading', { name: '担当ケースの状況' }).waitFor();

      // This fiscal year, April to today.
      await page.getByRole('button', { name: '今年度' }).click();
      const inEffect = page.getByTestId('period-in-effect');
      await inEffect.getByText(`${fiscalYear(today)}年度・${japaneseFiscalYear(fiscalYear(today))}・今日まで`).waitFor();
      expect(await page.getByTestId('period-from').inputValue()).toBe(fyStart);
      expect(await page.getByTestId('period-to').inputValue()).toBe(today);

      // The caseload table: one row per coordinator, alerts highlighted.
      const caseload = page.getByRole('table', { name: '担当ケースの状況' });
      const hanako = caseload.getByRole('row').filter({ hasText: '相談 花子' });
      const jiro = caseload.getByRole('row').filter({ hasText: '相談 次郎' });
      await hanako.waitFor();
      // 相談 花子: leads the 8050 household (family-only so far), seconds the younger client.
      await hanako.locator('[data-alert="warning"]').filter({ hasText: '1' }).first().waitFor();
      expect(await hanako.locator('[data-figure="familyOnlyCases"]').textContent()).toBe('1');
      // 相談 次郎: the case without contact for 120 days is in all three bands.
      expect(await jiro.locator('[data-alert="info"]').textContent()).toBe('1');
      expect(await jiro.locator('[data-alert="error"]').first().textContent()).toBe('1');
      await caseload.getByRole('row').filter({ hasText: '合計' }).waitFor();

      // Key figures: two persons supported, three contacts.
      await page.getByTestId('kpi-uniqueCases').getByText('2', { exact: true }).waitFor();
      await page.getByTestId('kpi-totalContacts').getByText('3', { exact: true }).waitFor();
      // 相談受付: no first contacts yet, so the two cases are the persons and their contacts the contacts.
      const consultations = page.getByRole('region', { name: '相談受付' });
      await consultations.getByTestId('consultations-persons').getByText('ケースあり 2・なし 0').waitFor();
      await consultations.getByTestId('consultations-contacts').getByText('3', { exact: true }).waitFor();
      await consultations.getByRole('table', { name: '相談者（延べ）' }).getByRole('row', { name: '家族 0' }).waitFor();

      // The charts draw bars, labelled in Japanese.
      const monthly = page.getByRole('figure', { name: '月別・方法別の支援件数' });
      await monthly.locator('.recharts-bar-rectangle').first().waitFor();
      for (const method of ['来所', '電話', 'オンライン']) await monthly.locator('.recharts-legend-item').filter({ hasText: method }).waitFor();
      const age = page.getByRole('figure', { name: '本人の年代（実人数）' });
      await age.getByText('40代').waitFor();
      expect(await age.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(2);
      const duration = page.getByRole('figure', { name: 'ひきこもり期間（実人数）' });
      await duration.getByText('10〜20年').waitFor();
      const referrals = page.getByRole('figure', { name: '紹介先の種別と状態（期間中に計画した紹介）' });
      await referrals.getByText('地域若者サポートステーション').first().waitFor();
      await page.getByRole('table', { name: '相談した人（延べ）' }).getByRole('row').filter({ hasText: '家族' }).getByText('2').waitFor();

      // The activity CSV: UTF-8 with a BOM, Japanese headings, for the period shown.
      const { download, bytes } = await downloadBy('実績のCSV');
      expect(download.suggestedFilename()).toBe(`tsunagu-activity-${fyStart}-${today}.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual(BOM);
      const csv = bytes.toString('utf8');
      expect(csv.slice(1).split('\r\n')[0]).toBe('区分,項目,内訳,件数');
      expect(csv).toContain('合計,実人数,,2');
      expect(csv).toContain('支援方法,来所');
      expect(csv).toContain('紹介先の種別,地域若者サポートステーション');

      await page.mouse.move(0, 0);
      await browser.screenshot('dashboard-reports');
      // The whole caseload table fits beside the menu on a 1280-pixel screen, alerts included.
      const section = page.getByRole('region', { name: '担当ケースの状況' });
      const [table, card] = await Promise.all([caseload.boundingBox(), section.boundingBox()]);
      expect(table && card && table.x + table.width <= card.x + card.width).toBe(true);
      await section.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-caseload.png') });

      // The download was recorded as an export in the audit log.
      const exports = await api<Array<{ entity: string }>>(
        server,
        'GET',
        `/audit-logs?${filterQuery({ action: 'export' })}`,
        org.users.aSupervisor.token,
      );
      expect(exports.map((e) => e.entity)).toContain('report_activity');
    });
  });

  it('exports the case list as shown, and goes back to last month in one click', async () => {
    await browser.step('list-export', async () => {
      const [y, m] = today.split('-').map(Number);
      const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
      await page.getByRole('button', { name: '先月' }).click();
      await page.getByTestId('period-in-effect').getByText('年度').waitFor({ state: 'detached' });
      expect(await page.getByTestId('period-from').inputValue()).toBe(`${lastMonth}-01`);
      expect((await page.getByTestId('period-to').inputValue()).slice(0, 7)).toBe(lastMonth);

      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      await page.getByRole('row').filter({ hasText: older.caseNumber }).waitFor();
      // Colleagues by name in the lead column.
      await page.getByRole('row').filter({ hasText: younger.caseNumber }).getByText('相談 次郎').waitFor();
      const { bytes } = await downloadBy('CSV出力');
      expect([...bytes.subarray(0, 3)]).toEqual(BOM);
      const csv = bytes.toString('utf8');
      expect(csv.split('\r\n')[0]).toContain('ケース番号');
      expect(csv).toContain(older.caseNumber);
      expect(csv).toContain(younger.caseNumber);
    });
  });

  it('shows liaison staff the referral statistics only, and colleagues by name', async () => {
    await browser.step('staff-reports', async () => {
      await signIn(page, server.baseUrl, org.users.aStaff.email, TEST_PASSWORD);
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      // The referral view names each case's lead coordinator (no longer "another staff member").
      await page.getByRole('row').filter({ hasText: older.caseNumber }).getByText('相談 花子').waitFor();
      await page.getByRole('row').filter({ hasText: younger.caseNumber }).getByText('相談 次郎').waitFor();
      expect(await page.getByText('他の職員').count()).toBe(0);

      await page.getByRole('menuitem', { name: '実績・統計' }).click();
      await page.getByRole('heading', { name: '紹介・つなぎの統計' }).waitFor();
      await page.getByRole('button', { name: '今年度' }).click();
      await page.getByRole('figure', { name: '紹介先の種別と状態（期間中に計画した紹介）' }).getByText('地域若者サポートステーション').first().waitFor();
      expect(await page.getByRole('heading', { name: '担当ケースの状況' }).count()).toBe(0);
      expect(await page.getByTestId('kpi-uniqueCases').count()).toBe(0);
      await browser.screenshot('staff-reports');
    });
  });

  it('shows an administrator counts per center, and one center’s statistics on request', async () => {
    await browser.step('admin-reports', async () => {
      await signIn(page, server.baseUrl, org.admin.email, BOOTSTRAP_ADMIN.password);
      await page.getByRole('link', { name: '実績・統計を開く' }).click();
      await page.getByRole('button', { name: '今年度' }).click();
      const byCenter = page.getByRole('table', { name: 'センター別の担当ケース状況' });
      await byCenter.getByRole('row').filter({ hasText: 'テストA市センター' }).waitFor();
      await byCenter.getByRole('row').filter({ hasText: 'テストB県センター' }).waitFor();
      expect(await byCenter.textContent()).not.toContain('相談 花子');
      const [table, card] = await Promise.all([byCenter.boundingBox(), page.getByRole('region', { name: 'センター別の担当ケース状況' }).boundingBox()]);
      expect(table && card && table.x + table.width <= card.x + card.width).toBe(true);

      await page.getByRole('combobox', { name: 'センター' }).click();
      await page.getByRole('option', { name: 'テストB県センター' }).click();
      await page.getByTestId('kpi-uniqueCases').getByText('0', { exact: true }).waitFor();
      await page.getByRole('combobox', { name: 'センター' }).click();
      await page.getByRole('option', { name: 'テストA市センター' }).click();
      await page.getByTestId('kpi-uniqueCases').getByText('2', { exact: true }).waitFor();
      await browser.screenshot('admin-reports');
    });
  });
});
