import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { japanDate, type AgencyDto, type CaseConferenceDto, type CaseDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, signIn, signOut } from './support/app';
import { launchBrowser, SCREENSHOT_DIR, type TestBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };

const dayFromToday = (days: number) => new Date(Date.parse(`${japanDate()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** The text of each page of a PDF, read back by poppler's pdftotext (as the summary sheet test does). */
function pdfPages(pdf: Buffer, name: string): string[] {
  const path = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
}

/** ケース会議 in the browser: a supervisor records a 支援会議 on two cases with two pledged outside members, and prints its minutes. */
describe('web app: case conferences (ケース会議・支援会議)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let cases: CaseDto[];
  let agencyIds: string[];
  const agencies = ['会議サポートステーション', 'みなと市福祉課'];
  const confidentialNote = '父の借金の話は記録のみ（会議で共有しない）';
  const clients = [
    { clientName: '高橋 健太', clientNameKana: 'たかはし けんた' },
    { clientName: '佐藤 美咲', clientNameKana: 'さとう みさき' },
  ];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    agencyIds = [];
    for (const name of agencies) agencyIds.push((await api<AgencyDto>(server, 'POST', '/agencies', org.users.aStaff.token, { name, type: 'other' })).id);
    cases = [];
    for (const client of clients) {
      cases.push(await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, { ...client, birthYear: 1993, openedOn: dayFromToday(-100) }));
    }
    await api(server, 'POST', '/interviews', org.users.aCoordinator.token, {
      caseId: cases[0].id,
      method: 'phone',
      participants: ['client'],
      summary: '本人と電話で話した。',
      confidentialNote,
      heldAt: `${dayFromToday(-10)}T10:00:00+09:00`,
      durationMinutes: 20,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pickCase = async (i: number, theCase: CaseDto) => {
    const input = page.locator('.ra-input-cases').getByRole('combobox', { name: /^ケース/ }).nth(i);
    await input.fill(theCase.caseNumber);
    await page.getByRole('option', { name: new RegExp(theCase.caseNumber) }).click();
  };

  it('lets a supervisor record a 支援会議 on two cases with two pledged outside members, after seeing its basis', async () => {
    await browser.step('conference-create', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      await page.getByRole('menuitem', { name: 'ケース会議' }).click();
      await page.getByRole('link', { name: '作成' }).click();

      await page.getByRole('radio', { name: '支援会議（社会福祉法第106条の6）' }).check();
      await page.locator('input[name="title"]').fill('令和8年度 第1回 支援会議');
      expect((await page.locator('input[name="title"]').boundingBox())?.width).toBeGreaterThan(300);
      await page.locator('input[name="heldOn"]').fill(dayFromToday(-1));
      await pickCase(0, cases[0]);
      await page.locator('textarea[name="cases.0.decision"]').fill('サポステの見学を本人に提案する');
      await page.locator('.ra-input-cases').getByRole('button', { name: '追加' }).last().click();
      await pickCase(1, cases[1]);
      await page.locator('textarea[name="cases.1.decision"]').fill('福祉課が家計相談につなぐ');

      const outside = page.locator('.ra-input-outsideAttendees');
      for (const [i, [name, agency]] of [['山本 和子', agencies[0]], ['中村 誠', agencies[1]]].entries()) {
        await outside.getByRole('button', { name: '追加' }).last().click();
        await page.locator(`input[name="outsideAttendees.${i}.name"]`).fill(name);
        await outside.getByRole('combobox').nth(i).click();
        await page.getByRole('option', { name: agency, exact: true }).click();
        await page.getByRole('listbox').waitFor({ state: 'hidden' });
        await page.locator(`input[name="outsideAttendees.${i}.role"]`).fill(i === 0 ? '就労支援員' : 'ケースワーカー');
        // At a 支援会議 the pledge day is required and stands out.
        expect(await page.locator(`input[name="outsideAttendees.${i}.pledgedOn"]`).locator('xpath=ancestor::*[@data-pledge-required="true"]').count()).toBe(1);
        await page.locator(`input[name="outsideAttendees.${i}.pledgedOn"]`).fill(dayFromToday(-2));
      }
      await page.getByRole('checkbox', { name: '基本情報' }).check();
      await page.getByRole('checkbox', { name: '就労・就学' }).check();
      await page.locator('textarea[name="papers"]').fill('ケース概要票（共有用）2部');
      await page.getByRole('switch', { name: '資料を回収した' }).or(page.getByRole('checkbox', { name: '資料を回収した' })).check();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('conference-form-desktop');

      await page.getByRole('button', { name: '保存' }).click();
      const dialog = page.getByRole('dialog', { name: '共有の根拠' });
      expect(await dialog.getByTestId('basis-summary').textContent()).toContain('構成員の守秘義務（誓約: 2名中2名）');
      await browser.screenshot('conference-basis-desktop');
      await dialog.getByRole('button', { name: '確認して保存' }).click();
      await page.getByText('ケース会議を記録しました').waitFor();
      await page.getByTestId('conference-case').first().waitFor();
      expect(await page.getByTestId('outside-member').count()).toBe(2);

      const [saved] = await api<CaseConferenceDto[]>(server, 'GET', '/case-conferences', org.users.aSupervisor.token);
      expect(saved.cases.map((c) => c.caseNumber).sort()).toEqual(cases.map((c) => c.caseNumber).sort());
      expect(saved.outsideAttendees.map((a) => a.pledgedOn)).toEqual([dayFromToday(-2), dayFromToday(-2)]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser.screenshot('conference-show-desktop');
    });
  });

  it('prints the minutes on A4: 取扱注意 on every page, the legal basis, the cases by number and initials, no client name', async () => {
    await browser.step('conference-minutes', async () => {
      await page.getByRole('link', { name: '議事録を印刷' }).click();
      const minutes = page.getByTestId('minutes');
      await minutes.getByText('中村 誠').waitFor();
      await minutes.getByText('T.K.', { exact: false }).waitFor();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('conference-minutes-desktop');

      await page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'conference-minutes');
      await page.emulateMedia({ media: 'screen' });
      for (const text of pages) expect(text).toContain('取扱注意');
      const text = pages.join('\n').replace(/\s+/g, '');
      for (const expected of [...cases.map((c) => c.caseNumber), 'T.K.', 'S.M.', '社会福祉法第106条の6に基づく支援会議', '正当な理由がなく、支援会議の事務に関して知り得た秘密を漏らしてはなりません', '山本和子', '会議サポートステーション', 'サポステの見学を本人に提案する']) {
        expect(text).toContain(expected);
      }
      for (const client of clients) {
        expect(text).not.toContain(client.clientName.replace(/\s+/g, ''));
        expect(text).not.toContain(client.clientName.split(' ')[0]);
      }
      expect(text).not.toContain('会議に戻る');
      expect(text).not.toContain(confidentialNote);

      await page.setViewportSize(TABLET);
      await page.waitForFunction(() => (document.querySelector('.RaSidebar-fixed')?.getBoundingClientRect().width ?? 0) < 80);
      await expectNoSidewaysScroll(page);
      await browser.screenshot('conference-minutes-tablet');
    });
  });

  it('lets the supervisor record what came after the meeting, then void a conference recorded by mistake', async () => {
    await browser.step('conference-edit', async () => {
      await page.setViewportSize(DESKTOP);
      const [held] = await api<CaseConferenceDto[]>(server, 'GET', '/case-conferences', org.users.aSupervisor.token);
      await page.goto(`${server.baseUrl}/#/case-conferences/${held.id}/show`);
      await page.getByRole('link', { name: '会議後の記録を編集' }).click();
      const second = held.cases.findIndex((c) => c.caseNumber === cases[1].caseNumber);
      await page.locator(`textarea[name="cases.${second}.decision"]`).fill('福祉課が家計相談につないだ。次回は本人の希望を聞く');
      await page.locator('input[name="nextReviewOn"]').fill(dayFromToday(30));
      // Who met and on what basis are not edited: they were recorded with the disclosures.
      expect(await page.getByRole('radio').count()).toBe(0);
      expect(await page.locator('.ra-input-outsideAttendees').count()).toBe(0);
      // Voiding asks for a reason on the show page; the form has no delete button of its own.
      expect(await page.getByRole('button', { name: '削除' }).count()).toBe(0);
      await browser.screenshot('conference-edit-desktop');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByTestId('conference-case').getByText('次回は本人の希望を聞く', { exact: false }).waitFor();
      const [after] = await api<CaseConferenceDto[]>(server, 'GET', '/case-conferences', org.users.aSupervisor.token);
      expect(after.nextReviewOn).toBe(dayFromToday(30));
      expect(after.outsideAttendees).toEqual(held.outsideAttendees);
      expect(after.cases.find((c) => c.caseNumber === cases[0].caseNumber)?.decision).toBe('サポステの見学を本人に提案する');

      const mistaken = await api<CaseConferenceDto>(server, 'POST', '/case-conferences', org.users.aSupervisor.token, {
        kind: 'internal',
        title: '誤って登録した会議',
        heldOn: dayFromToday(-1),
        cases: [{ caseId: cases[0].id }],
      });
      await page.goto(`${server.baseUrl}/#/case-conferences/${mistaken.id}/show`);
      await page.getByRole('button', { name: '無効化' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill('別の会議と重複して登録した');
      await dialog.getByRole('button', { name: '無効化' }).click();
      await page.getByText('令和8年度 第1回 支援会議').waitFor();
      expect(await page.getByText('誤って登録した会議').count()).toBe(0);
      const listed = await api<CaseConferenceDto[]>(server, 'GET', '/case-conferences', org.users.aSupervisor.token);
      expect(listed.map((k) => k.id)).toEqual([held.id]);
    });
  });

  it('lets a coordinator hold a consent-based meeting only once the case’s consent covers the agency', async () => {
    await browser.step('conference-consent', async () => {
      await signOut(page);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/case-conferences/create`);
      await page.getByRole('radio', { name: '同意に基づく関係機関会議' }).check();
      await page.locator('input[name="title"]').fill('サポステとの事例検討');
      await pickCase(0, cases[0]);
      const outside = page.locator('.ra-input-outsideAttendees');
      await outside.getByRole('button', { name: '追加' }).last().click();
      await page.locator('input[name="outsideAttendees.0.name"]').fill('山本 和子');
      await outside.getByRole('combobox').first().click();
      await page.getByRole('option', { name: agencies[0], exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await page.getByRole('checkbox', { name: '基本情報' }).check();
      // No pledge is asked for: the consent is the basis.
      expect(await page.locator('input[name="outsideAttendees.0.pledgedOn"]').locator('xpath=ancestor::*[@data-pledge-required="true"]').count()).toBe(0);

      await page.getByRole('button', { name: '保存' }).click();
      let dialog = page.getByRole('dialog', { name: '共有の根拠' });
      await dialog.getByText('この機関を含む有効な同意がありません').waitFor();
      expect(await dialog.getByRole('button', { name: '確認して保存' }).isDisabled()).toBe(true);
      await browser.screenshot('conference-consent-missing-desktop');
      await dialog.getByRole('button', { name: 'キャンセル' }).click();

      // The person agrees to the case being discussed with the agency; the same form can now be saved.
      await api(server, 'POST', '/consents', org.users.aCoordinator.token, {
        caseId: cases[0].id, givenBy: 'client', purpose: 'case_conference', method: 'written', givenOn: dayFromToday(-3), agencyId: agencyIds[0],
      });
      await page.getByRole('button', { name: '保存' }).click();
      dialog = page.getByRole('dialog', { name: '共有の根拠' });
      await dialog.getByText('同意あり（支援会議・事例検討）').waitFor();
      await dialog.getByRole('button', { name: '確認して保存' }).click();
      await page.getByText('ケース会議を記録しました').waitFor();
      const held = (await api<CaseConferenceDto[]>(server, 'GET', '/case-conferences', org.users.aCoordinator.token)).find((k) => k.kind === 'consent_based');
      expect(held?.outsideAttendees.map((a) => a.agencyId)).toEqual([agencyIds[0]]);
      await signOut(page);
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
    });
  });

  it('fits a tablet: the list and the form scroll only downwards', async () => {
    await browser.step('conference-tablet', async () => {
      await page.setViewportSize(TABLET);
      await page.goto(`${server.baseUrl}/#/case-conferences`);
      await page.getByText('令和8年度 第1回 支援会議').waitFor();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('conference-list-tablet');
      await page.goto(`${server.baseUrl}/#/case-conferences/create`);
      await page.getByRole('radio', { name: '支援会議（生活困窮者自立支援法第9条）' }).check();
      await page.locator('.ra-input-outsideAttendees').getByRole('button', { name: '追加' }).last().click();
      await expectNoSidewaysScroll(page);
      const save = await page.getByRole('button', { name: '保存' }).boundingBox();
      expect(Math.round(save?.height ?? 0)).toBeGreaterThanOrEqual(36);
      await browser.screenshot('conference-form-tablet');
      await page.setViewportSize(DESKTOP);
      await signOut(page);
    });
  });
});
