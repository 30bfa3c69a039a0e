import type { Page } from 'playwright-core';
import { japanDate, type CaseDto, type FamilyMemberDto, type ProgramDto } from '@tsunagu/contracts';
import { seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, signIn } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** Issue 4 in the browser: a coordinator's day, logged quickly, on one timeline. */
describe('web app: contact records, timeline and programs (issue 4)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;
  let program: ProgramDto;
  const today = japanDate();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    const coordinator = org.users.aCoordinator.token;
    theCase = await api<CaseDto>(server, 'POST', '/cases', coordinator, { clientName: '佐藤 健', clientNameKana: 'さとう けん', birthYear: 1990 });
    await api<FamilyMemberDto>(server, 'POST', '/family-members', coordinator, {
      caseId: theCase.id,
      relationship: 'mother',
      name: '佐藤 和子',
      birthYear: 1960,
      mainConsulter: true,
    });
    program = await api<ProgramDto>(server, 'POST', '/programs', org.users.aSupervisor.token, { name: '家族教室（火曜）', kind: 'family_class' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openTimeline = async () => {
    await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/timeline`);
    await page.getByRole('button', { name: '面談・電話を記録' }).waitFor();
  };

  it('logs a phone call with the mother in well under a minute, then an outreach visit once the consent is recorded', async () => {
    await browser.step('contacts', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await openTimeline();

      // The phone call: defaults (now, you, a phone call), one click for the mother, the summary, Ctrl+Enter.
      const started = Date.now();
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      const form = page.getByRole('region', { name: '面談・電話を記録' });
      expect(await form.getByRole('radio', { name: '電話' }).isChecked()).toBe(true);
      await form.getByText('相談 花子（あなた）').waitFor();
      await form.getByRole('checkbox', { name: '母 佐藤 和子' }).check();
      // The cursor already waits in the summary.
      await page.keyboard.type('母より電話。本人は昼夜逆転が続くが、夕食は家族と取れている。');
      await form.locator('input[name="nextContactOn"]').fill(today);
      await form.locator('textarea[name="summary"]').press('Control+Enter');
      await page.getByText('面談・相談・電話').waitFor();
      expect(Date.now() - started).toBeLessThan(60_000);
      await page.getByText('母より電話。本人は昼夜逆転が続くが、夕食は家族と取れている。').waitFor();
      await browser.screenshot('timeline-phone-call');

      // The outreach visit: the form says before saving that no consent covers it, and waits for one.
      await page.getByRole('button', { name: '訪問を記録' }).click();
      const visit = page.getByRole('region', { name: '訪問を記録' });
      await visit.getByTestId('consent-coverage').getByText('有効な訪問支援の同意がありません').waitFor();
      await visit.getByRole('radio', { name: '家族のみ会えた' }).check();
      await visit.getByRole('checkbox', { name: '母 佐藤 和子' }).check();
      await visit.locator('textarea[name="summary"]').fill('玄関先で母と話した。本人は在室。');
      expect(await visit.getByRole('button', { name: '記録する', exact: true }).isDisabled()).toBe(true);
      await browser.screenshot('outreach-refused');
      await visit.getByRole('button', { name: 'キャンセル' }).click();

      // The mother's outreach consent, recorded on the consents tab.
      await page.getByRole('tab', { name: '同意' }).click();
      await page.getByRole('button', { name: '同意を記録' }).click();
      await page.getByRole('radio', { name: '家族' }).check();
      await choose(page, /^家族/, '母 佐藤 和子');
      await choose(page, /目的/, '訪問支援');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('row').filter({ hasText: '訪問支援' }).getByText('有効').waitFor();

      // Now the visit is covered, and accepted.
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByRole('button', { name: '訪問を記録' }).click();
      const visit2 = page.getByRole('region', { name: '訪問を記録' });
      await visit2.getByTestId('consent-coverage').getByText('訪問支援の同意があります').waitFor();
      expect(await visit2.getByTestId('consent-coverage').textContent()).toContain('佐藤 和子');
      await visit2.getByRole('radio', { name: '家族のみ会えた' }).check();
      await visit2.locator('textarea[name="summary"]').fill('玄関先で母と話した。本人は在室。');
      await visit2.locator('textarea[name="confidentialNote"]').fill('母の疲労が強い。');
      await visit2.locator('input[name="nextContactOn"]').fill(today);
      await visit2.locator('textarea[name="summary"]').press('Control+Enter');
      await page.getByText('訪問支援・家族のみ会えた').waitFor();

      // Both on the timeline, newest first, with the confidential note shown to its author.
      const items = page.getByRole('list', { name: '支援経過' }).getByRole('listitem');
      await items.filter({ hasText: '母の疲労が強い。' }).waitFor();
      const texts = await items.allTextContents();
      const visitAt = texts.findIndex((t) => t.includes('訪問支援・家族のみ会えた'));
      const callAt = texts.findIndex((t) => t.includes('面談・相談・電話'));
      expect(visitAt).toBeGreaterThanOrEqual(0);
      expect(callAt).toBeGreaterThan(visitAt);
      await browser.screenshot('timeline-call-and-visit');

      // Home: the visit set today as the next contact, so the case is due today.
      await page.goto(`${server.baseUrl}/#/`);
      const due = page.getByRole('table', { name: '今日が次回連絡日（1件）' });
      await due.getByRole('link', { name: theCase.caseNumber }).waitFor();
      expect(await due.textContent()).toContain('佐藤 健');
      await browser.screenshot('coordinator-today');
    });
  });

  it('enters a family-class session with its attendance', async () => {
    await browser.step('attendance', async () => {
      await page.getByRole('menuitem', { name: 'プログラム', exact: true }).click();
      await page.getByRole('row').filter({ hasText: program.name }).click();
      await page.getByRole('link', { name: '実施回を追加' }).click();
      await page.locator('input[name="topic"]').fill('ひきこもりの理解と家族の対応');
      await page.locator('input[name="facilitator"]').fill('精神保健福祉士 佐藤');
      await page.getByRole('button', { name: '保存' }).click();

      const checklist = page.getByRole('region', { name: '出席の記録' });
      await checklist.getByText('いつもの参加者はまだいません').waitFor();
      await checklist.getByRole('combobox', { name: 'ケース' }).click();
      await page.getByRole('option', { name: `${theCase.caseNumber} 佐藤 健` }).click();
      await checklist.getByRole('combobox', { name: '参加した人' }).click();
      await page.getByRole('option', { name: '母 佐藤 和子' }).click();
      await checklist.getByRole('button', { name: '一覧に追加' }).click();
      expect(await checklist.getByRole('checkbox', { name: `${theCase.caseNumber} 母 佐藤 和子` }).isChecked()).toBe(true);
      await checklist.getByRole('button', { name: '出席を記録（1人）' }).click();
      await checklist.getByText(`${theCase.caseNumber} 母 佐藤 和子 — 記録済み`).waitFor();
      await browser.screenshot('attendance-checklist');

      await openTimeline();
      await page.getByText('プログラム参加・家族教室 家族教室（火曜）').waitFor();
      await page.getByText('ひきこもりの理解と家族の対応').waitFor();
      await browser.screenshot('timeline-with-attendance');

      // The supervisor's today covers the whole center, with each case's lead.
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      const due = page.getByRole('table', { name: '今日が次回連絡日（1件）' });
      await due.getByText('相談 花子').waitFor();
      await browser.screenshot('supervisor-today');
    });
  });
});
