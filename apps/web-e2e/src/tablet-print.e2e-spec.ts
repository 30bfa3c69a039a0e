import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { CaseDto, FamilyMemberDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, signIn } from './support/app';
import { launchBrowser, SCREENSHOT_DIR, type TestBrowser } from './support/browser';

const TABLET = { width: 820, height: 1180 };
const DESKTOP = { width: 1366, height: 768 };

/** Days from today in Japan, as YYYY-MM-DD. */
const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** The page never scrolls sideways: whatever is wide scrolls inside its own card. */
async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Visible, inside the viewport's width, big enough for a finger (on a tablet), and not covered by anything. */
async function expectReachable(target: Locator, page: Page, minHeight = 40) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual((page.viewportSize()?.width ?? 0) + 1);
  expect(box.height).toBeGreaterThanOrEqual(minHeight);
  await target.click({ trial: true });
}

/**
 * The text of each page of a PDF, by poppler's pdftotext (Debian's poppler-utils), which reads the
 * Japanese text back through the fonts' ToUnicode maps as a reader's viewer would.
 */
function pdfPages(pdf: Buffer, name: string): string[] {
  const path = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(path, pdf);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  } catch (error) {
    throw new Error(`could not read ${path} back with pdftotext (apt-get install -y poppler-utils): ${(error as Error).message}`);
  }
}

/** Issue 11 §3 and §8 in the browser: the tablet layout, and the case summary sheet printed to A4 PDF. */
describe('web app: tablet layout and the case summary sheet (issue 11)', () => {
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
      clientName: '印刷 太郎',
      clientNameKana: 'いんさつ たろう',
      birthDate: '1978-03-03',
      chiefConcern: '十年以上ほとんど外出していない。母が相談に来所。',
      openedOn: day(-120),
    });
    const mother = await api<FamilyMemberDto>(server, 'POST', '/family-members', token, { caseId: theCase.id, relationship: 'mother', name: '印刷 花代', birthYear: 1950, mainConsulter: true });
    await api(server, 'POST', '/consents', token, { caseId: theCase.id, givenBy: 'family', familyMemberId: mother.id, purpose: 'outreach', method: 'written', givenOn: day(-90) });
    await api(server, 'POST', '/interviews', token, {
      caseId: theCase.id,
      method: 'in_person',
      participants: ['family'],
      familyMemberIds: [mother.id],
      summary: '母が来所。本人は夜間にコンビニへ行くことがある。',
      confidentialNote: '父の借金についての話は非公開',
      heldAt: `${day(-30)}T10:00:00+09:00`,
      durationMinutes: 60,
    });
    await api(server, 'POST', '/outreach-visits', token, {
      caseId: theCase.id,
      outcome: 'met_family',
      location: 'doorstep',
      familyMemberIds: [mother.id],
      summary: '玄関先で母と話した。本人の部屋から物音あり。',
      visitedAt: `${day(-7)}T15:00:00+09:00`,
    });
    // A year of calls, so that the printed sheet runs over more than one A4 page.
    for (let i = 0; i < 30; i++) {
      await api(server, 'POST', '/interviews', token, {
        caseId: theCase.id,
        method: 'phone',
        participants: ['family'],
        familyMemberIds: [mother.id],
        summary: `母より定期の電話（${i + 1}回目）。本人の生活リズムは少しずつ整ってきている。次回は来所を提案する予定。`,
        heldAt: `${day(-110 + i * 3)}T11:00:00+09:00`,
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('fits a tablet held upright (820 px): the menu collapses, tabs scroll, nothing scrolls sideways, every action is reachable', async () => {
    await browser.step('tablet', async () => {
      await page.setViewportSize(TABLET);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);

      // The case page: the menu is down to its icons, the tabs and actions are all there.
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByText(theCase.caseNumber).first().waitFor();
      const menuWidth = await page.locator('.RaSidebar-fixed').evaluate((el) => el.getBoundingClientRect().width);
      expect(menuWidth).toBeLessThan(80);
      await expectNoSidewaysScroll(page);
      for (const name of ['概要', '家族', '同意', '支援経過', '紹介・つなぎ', '第三者提供の記録']) {
        const tab = page.getByRole('tab', { name });
        await tab.scrollIntoViewIfNeeded();
        expect(await tab.isVisible()).toBe(true);
      }
      for (const name of ['編集', '印刷（ケース概要票）']) await expectReachable(page.getByRole('link', { name }).or(page.getByRole('button', { name })).first(), page);
      await browser.screenshot('tablet-case');

      // The consents tab: the table stays inside its card; recording one is a tap away.
      await page.getByRole('tab', { name: '同意' }).click();
      await page.getByRole('row').filter({ hasText: '訪問支援' }).waitFor();
      await expectNoSidewaysScroll(page);
      await expectReachable(page.getByRole('button', { name: '同意を記録' }), page);
      await expectReachable(page.getByRole('button', { name: '撤回' }).first(), page);
      await browser.screenshot('tablet-consents');

      // The entry forms: one column, touch-size, their buttons on screen.
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      const interview = page.getByRole('region', { name: '面談・電話を記録' });
      await interview.getByRole('radio', { name: '電話' }).waitFor();
      await expectNoSidewaysScroll(page);
      await interview.getByRole('textbox', { name: /内容/ }).first().fill('母より電話。');
      await expectReachable(interview.getByRole('button', { name: '記録する' }), page);
      // One column: the duration above the next-contact date, each the form's width.
      const duration = await interview.locator('input[name="durationMinutes"]').boundingBox();
      const next = await interview.locator('input[name="nextContactOn"]').boundingBox();
      const form = await interview.boundingBox();
      expect(duration && next && form).toBeTruthy();
      if (duration && next && form) {
        expect(next.y).toBeGreaterThan(duration.y + duration.height);
        expect(duration.width).toBeGreaterThan(form.width * 0.8);
      }
      await browser.screenshot('tablet-entry-interview');
      await interview.getByRole('button', { name: 'キャンセル' }).click();

      await page.getByRole('button', { name: '訪問を記録' }).click();
      const visit = page.getByRole('region', { name: '訪問を記録' });
      await visit.getByTestId('consent-coverage').getByText('訪問支援の同意があります').waitFor();
      await visit.getByRole('radio', { name: '家族のみ会えた' }).check();
      await visit.getByRole('textbox', { name: /内容/ }).first().fill('玄関先で母と話した。');
      await expectNoSidewaysScroll(page);
      await expectReachable(visit.getByRole('button', { name: '記録する' }), page);
      await browser.screenshot('tablet-entry-outreach');
      await visit.getByRole('button', { name: 'キャンセル' }).click();

      // The reports: the caseload table scrolls inside its card, never the page.
      await page.goto(`${server.baseUrl}/#/reports`);
      await page.getByRole('heading', { name: '担当ケースの状況' }).waitFor();
      await page.getByRole('table', { name: '担当ケースの状況' }).waitFor();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('tablet-reports');
    });
  });

  it('still reads as before on a 1366×768 desktop, with the menu open', async () => {
    await browser.step('desktop', async () => {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/consents`);
      await page.getByRole('row').filter({ hasText: '訪問支援' }).waitFor();
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).waitFor();
      expect(await page.getByRole('menuitem', { name: 'ケース', exact: true }).isVisible()).toBe(true);
      await expectNoSidewaysScroll(page);
      await expectReachable(page.getByRole('button', { name: '同意を記録' }), page, 0);
      expect(await page.getByRole('link', { name: '印刷（ケース概要票）' }).isVisible()).toBe(true);
      await browser.screenshot('desktop-consents');
    });
  });

  it('prints the case summary sheet on A4, 取扱注意 on every page, and the sharing variant without the note or family names', async () => {
    await browser.step('summary-sheet', async () => {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show`);
      await page.getByRole('link', { name: '印刷（ケース概要票）' }).click();
      const sheet = page.getByTestId('summary-sheet');
      await sheet.getByText('父の借金についての話は非公開').waitFor();
      await browser.screenshot('summary-sheet-full');

      // What paper gets: no app bar, menu or controls.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
      expect(await page.locator('.MuiAppBar-root').isVisible()).toBe(false);
      const full = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'summary-sheet-full');
      await page.emulateMedia({ media: 'screen' });
      expect(full.length).toBeGreaterThanOrEqual(1);
      for (const text of full) expect(text).toContain('取扱注意');
      const fullText = full.join('\n');
      for (const text of [theCase.caseNumber, '取扱注意', 'ケース概要票', '印刷 太郎', '印刷 花代', '訪問支援', '父の借金についての話は非公開', '玄関先で母と話した']) {
        expect(fullText).toContain(text);
      }
      expect(fullText).not.toContain('印刷する');
      expect(fullText).not.toContain('ケースに戻る');

      // The sharing variant: family by relationship, no confidential note, not even in what the browser received.
      const answered = page.waitForResponse((r) => r.url().includes('/summary-sheet?') && r.url().includes('variant=sharing'));
      await page.getByRole('button', { name: '共有用' }).click();
      const body = await (await answered).text();
      expect(body).not.toContain('父の借金');
      expect(body).not.toContain('印刷 花代');
      await sheet.getByText('ケース概要票（共有用）').waitFor();
      await browser.screenshot('summary-sheet-sharing');
      // The whole history: more than one page, the header on each.
      await page.getByLabel('支援経過の開始日').fill(day(-119));
      await page.waitForResponse((r) => r.url().includes('/summary-sheet?') && r.url().includes(`from=${day(-119)}`));
      await sheet.getByText('（1回目）', { exact: false }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const sharing = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'summary-sheet-sharing');
      await page.emulateMedia({ media: 'screen' });
      expect(sharing.length).toBeGreaterThanOrEqual(2);
      for (const text of sharing) {
        expect(text).toContain('取扱注意');
        expect(text).toContain(theCase.caseNumber);
      }
      const sharingText = sharing.join('\n');
      expect(sharingText).toContain('共有用');
      expect(sharingText).toContain('母');
      expect(sharingText).toContain('玄関先で母と話した');
      expect(sharingText).not.toContain('印刷 花代');
      expect(sharingText).not.toContain('父の借金についての話は非公開');
    });
  });
});
