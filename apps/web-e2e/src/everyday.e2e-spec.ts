import type { Page } from 'playwright-core';
import type { CaseDto, InterviewDto } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN, seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

/** Issue 11 §4 and §7 in the browser: nothing typed is lost, and the details people notice. */
describe('web app: livable every day (issue 11)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;
  let interview: InterviewDto;
  const summary = '玄関先で母と話した。本人は二階の自室にいて、物音で返事があった。';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    const coordinator = org.users.aCoordinator.token;
    // 本人 over 40: once a parent over 70 living with them is added, the case is an 8050 household.
    theCase = await api<CaseDto>(server, 'POST', '/cases', coordinator, { clientName: '山田 太郎', clientNameKana: 'やまだ たろう', birthYear: 1978 });
    interview = await api<InterviewDto>(server, 'POST', '/interviews', coordinator, {
      caseId: theCase.id,
      heldAt: new Date().toISOString(),
      method: 'phone',
      participants: ['family'],
      summary: '母より電話。',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const caseUrl = (tab = '') => `${server.baseUrl}/#/cases/${theCase.id}/show${tab ? `/${tab}` : ''}`;
  const visitForm = () => page.getByRole('region', { name: '訪問を記録' });

  it('shows the 8050 chip as soon as a parent over 70 living with 本人 is added, without a reload', async () => {
    await browser.step('8050-chip', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(caseUrl());
      await page.getByRole('tab', { name: '概要' }).waitFor();
      await page.getByText('やまだ たろう').waitFor();
      expect(await page.getByText('8050', { exact: true }).count()).toBe(0);

      await page.getByRole('tab', { name: '家族' }).click();
      await page.getByRole('button', { name: '家族を追加' }).click();
      await choose(page, /続柄/, '母');
      await page.locator('input[name="name"]').fill('山田 和子');
      await page.locator('input[name="birthYear"]').fill('1948');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('row').filter({ hasText: '山田 和子' }).waitFor();

      await page.getByRole('tab', { name: '概要' }).click();
      await page.getByText('8050', { exact: true }).waitFor();
      await browser.screenshot('case-8050-chip');
    });
  });

  it('keeps a typed visit through a trip to another tab, page and a reload, records the consent from inside it, then saves it', async () => {
    await browser.step('visit-draft', async () => {
      await page.goto(caseUrl('timeline'));
      await page.getByRole('button', { name: '訪問を記録' }).click();
      await visitForm().getByTestId('consent-coverage').getByText('有効な訪問支援の同意がありません').waitFor();
      await visitForm().getByRole('radio', { name: '家族のみ会えた' }).check();
      await visitForm().getByRole('checkbox', { name: '母 山田 和子' }).check();
      await visitForm().locator('textarea[name="summary"]').fill(summary);
      expect(await visitForm().getByRole('button', { name: '記録する', exact: true }).isDisabled()).toBe(true);

      // Another tab of the case, and back: the draft is put back, and the form says so.
      await page.getByRole('tab', { name: '家族' }).click();
      await page.getByRole('row').filter({ hasText: '山田 和子' }).waitFor();
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByRole('button', { name: '訪問を記録' }).click();
      await visitForm().getByTestId('draft-restored').getByText('保存していない下書きを復元しました。').waitFor();
      expect(await visitForm().locator('textarea[name="summary"]').inputValue()).toBe(summary);
      expect(await visitForm().getByRole('radio', { name: '家族のみ会えた' }).isChecked()).toBe(true);
      expect(await visitForm().getByRole('checkbox', { name: '母 山田 和子' }).isChecked()).toBe(true);

      // Another page, then a reload: still there (the browser tab's session storage).
      await page.goto(`${server.baseUrl}/#/`);
      await page.getByText('ようこそ、相談 花子さん').waitFor();
      await page.goto(caseUrl('timeline'));
      await page.reload();
      await page.getByRole('button', { name: '訪問を記録' }).click();
      expect(await visitForm().locator('textarea[name="summary"]').inputValue()).toBe(summary);
      await browser.screenshot('visit-draft-restored');

      // The consent, recorded from inside the visit form: a dialog over it.
      await visitForm().getByRole('button', { name: '同意を記録する' }).click();
      const dialog = page.getByRole('dialog', { name: '同意を記録' });
      await dialog.getByRole('radio', { name: '家族' }).check();
      await choose(page, /^家族/, '母 山田 和子');
      expect(await dialog.getByRole('combobox', { name: /目的/ }).textContent()).toContain('訪問支援');
      await browser.screenshot('visit-consent-dialog');
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'hidden' });

      // The warning clears, 記録する waits no more, and the typed visit is still there.
      await visitForm().getByTestId('consent-coverage').getByText('訪問支援の同意があります').waitFor();
      expect(await visitForm().locator('textarea[name="summary"]').inputValue()).toBe(summary);
      // The button turns enabled once the form has re-validated (a render after the coverage).
      const save = visitForm().getByRole('button', { name: '記録する', exact: true, disabled: false });
      await save.waitFor();
      await save.click();
      await page.getByText(summary).waitFor();
      await page.getByText('訪問支援・家族のみ会えた').waitFor();

      // Saved: the draft is gone, the next visit starts empty.
      await page.getByRole('button', { name: '訪問を記録' }).click();
      await visitForm().getByTestId('consent-coverage').waitFor();
      expect(await visitForm().getByTestId('draft-restored').count()).toBe(0);
      expect(await visitForm().locator('textarea[name="summary"]').inputValue()).toBe('');
      await visitForm().getByRole('button', { name: 'キャンセル' }).click();
    });
  });

  it('discards a draft on request, and drops every draft at sign-out', async () => {
    await browser.step('draft-discard', async () => {
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      const form = page.getByRole('region', { name: '面談・電話を記録' });
      await form.locator('textarea[name="summary"]').fill('母より電話。来週の面談を約束した。');
      await page.getByRole('tab', { name: '同意' }).click();
      await page.getByRole('tab', { name: '同意', selected: true }).waitFor();
      await page.getByRole('tab', { name: '支援経過' }).click();
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      await form.getByRole('button', { name: '下書きを破棄' }).click();
      expect(await form.locator('textarea[name="summary"]').inputValue()).toBe('');
      await form.getByRole('button', { name: 'キャンセル' }).click();
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      expect(await form.getByTestId('draft-restored').count()).toBe(0);

      // A draft left behind is not there for whoever signs in next on this browser.
      await form.locator('textarea[name="summary"]').fill('書きかけ');
      await page.waitForFunction(() => Object.keys(sessionStorage).some((k) => k.startsWith('tsunagu.draft.')));
      await signOut(page);
      expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('tsunagu.draft.')))).toEqual([]);
    });
  });

  it('asks before leaving a case edit with unsaved changes', async () => {
    await browser.step('unsaved-prompt', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}`);
      const municipality = page.locator('input[name="municipality"]');
      await municipality.fill('テスト市北区');

      // Stay: react-admin asks with the browser's confirm; dismissing it keeps the page and the text.
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      for (let i = 0; i < 50 && asked.length === 0; i++) await page.waitForTimeout(100);
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('保存されていません');
      expect(page.url()).toContain(`/cases/${theCase.id}`);
      expect(await municipality.inputValue()).toBe('テスト市北区');

      // Leave: accepting goes on to the list, and nothing was saved.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('menuitem', { name: 'ケース', exact: true }).click();
      await page.waitForURL(/#\/cases$/);
      const stored = await api<CaseDto>(server, 'GET', `/cases/${theCase.id}`, org.users.aCoordinator.token);
      expect(stored.municipality).not.toBe('テスト市北区');
    });
  });

  it('answers the administrator\'s deep links to case content, and unknown addresses, with a plain not-found page', async () => {
    await browser.step('not-found', async () => {
      await signOut(page);
      await signIn(page, server.baseUrl, org.admin.email, BOOTSTRAP_ADMIN.password);
      const consoleErrors: string[] = [];
      const listener = (message: { type(): string; text(): string }) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      };
      const failed = (response: { status(): number; url(): string }) => {
        if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} ${response.url()}`);
      };
      page.on('console', listener);
      page.on('response', failed);
      try {
        for (const path of [`/cases/${theCase.id}/show`, `/cases/${theCase.id}/show/timeline`, `/cases/${theCase.id}`, `/interviews/${interview.id}`, '/no-such-page']) {
          await page.goto(`${server.baseUrl}/#${path}`);
          await page.getByTestId('not-found-page').getByText('お探しのページは見つかりませんでした。').waitFor();
          expect(await page.getByText('権限がありません').count()).toBe(0);
        }
        await browser.screenshot('not-found');
        await page.getByRole('link', { name: 'ホームへ戻る' }).click();
        await page.getByText('ようこそ、Administratorさん').waitFor();
      } finally {
        page.off('console', listener);
        page.off('response', failed);
      }
      expect(consoleErrors).toEqual([]);
    });
  });
});
