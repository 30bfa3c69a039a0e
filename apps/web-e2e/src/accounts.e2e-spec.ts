import type { Page } from 'playwright-core';
import type { CaseDto } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN, login, seedOrganisation, startApiServer, TEST_PASSWORD, totpCode, type ApiServer, type TestOrganisation } from '@tsunagu/testing';
import { api, choose, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Everything the page's script can read of where it keeps things: both storages and document.cookie. */
const readableByScript = (page: Page) =>
  page.evaluate(() => ({
    storage: JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
    cookie: document.cookie,
  }));

/** Fills the login page in (without clearing anything first, unlike signIn). */
async function submitLogin(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Sessions in an HttpOnly cookie, temporary passwords, two-step verification and the idle warning, in the browser. */
describe('web app: accounts and sessions', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer(), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps the session where no script can read it, through a reload and into a new tab, and not past the browser', async () => {
    await browser.step('session-cookie', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.getByText('ようこそ、相談 花子さん').waitFor();

      const cookie = (await browser.context.cookies()).find((c) => c.name === 'tsunagu_session');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api', expires: -1 });
      const seen = await readableByScript(page);
      expect(seen.storage).not.toContain(cookie?.value);
      expect(seen.storage).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/); // nothing like a JWT
      expect(seen.storage).toContain('相談 花子'); // the user is kept, in this tab
      expect(seen.cookie).not.toContain('tsunagu_session');

      // A change sent with the cookie but without the session's CSRF token is refused.
      const forged = await page.evaluate(() =>
        fetch('/api/auth/password', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"currentPassword":"x","newPassword":"y"}' }).then(
          async (r) => [r.status, ((await r.json()) as { code?: string }).code],
        ),
      );
      expect(forged).toEqual([403, 'CSRF_INVALID']);

      await page.reload();
      await page.getByText('ようこそ、相談 花子さん').waitFor();

      // Another tab of the same browser is signed in too (the cookie, asked about with GET /auth/me).
      const tab = await browser.context.newPage();
      try {
        await tab.goto(`${server.baseUrl}/#/`);
        await tab.getByText('ようこそ、相談 花子さん').waitFor();
        expect((await readableByScript(tab)).storage).not.toContain(cookie?.value);
      } finally {
        await tab.close();
      }

      // A browser opened afresh (the session cookie does not outlive the browser) starts at the login page.
      const fresh = await launchBrowser();
      try {
        await fresh.page.goto(`${server.baseUrl}/#/`);
        await fresh.page.getByRole('button', { name: 'ログイン' }).waitFor();
        expect(await fresh.page.getByText('ようこそ').count()).toBe(0);
      } finally {
        await fresh.close();
      }

      // Ended elsewhere (an administrator issues a new password): the next request signs out, and
      // the login page says why, once.
      await api(server, 'POST', `/users/${org.users.aCoordinator.id}/password-reset`, org.admin.token);
      await page.goto(`${server.baseUrl}/#/cases`);
      await page.getByText('ログインの有効期限が切れたか、ログアウトされました。').waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'ログイン' }).waitFor();
      expect(await page.getByText('ログインの有効期限が切れたか').count()).toBe(0);
    });
  });

  it('lets an administrator issue a temporary password, which the user must change at once', async () => {
    await browser.step('password-reset', async () => {
      const staff = org.users.aStaff;
      await signIn(page, server.baseUrl, org.admin.email, BOOTSTRAP_ADMIN.password);

      // A new user without a password: the API issues a temporary one, shown once.
      const newcomer = 'yotsuba.shinjin@test.tsunagu.example';
      await page.goto(`${server.baseUrl}/#/users/create`);
      await page.locator('input[name="name"]').fill('新人 四葉');
      await page.locator('input[name="email"]').fill(newcomer);
      await choose(page, /役割/, '連携担当職員');
      await choose(page, /所属センター/, 'テストA市センター');
      await page.getByText('空欄なら仮パスワードを発行します').waitFor();
      await page.getByRole('button', { name: '保存' }).click();
      const created = page.getByRole('dialog', { name: '仮パスワード' });
      await created.getByText('ユーザーを作成しました').waitFor();
      const first = ((await created.getByTestId('temporary-password').textContent()) ?? '').trim();
      await created.getByRole('button', { name: '閉じる' }).click();
      await page.waitForURL(/#\/users\/[0-9a-f-]{36}\/show$/);
      await page.getByText('パスワード変更待ち').waitFor();
      await expect(login(server.baseUrl, newcomer, first)).resolves.toMatchObject({ role: 'staff' });

      await page.goto(`${server.baseUrl}/#/users/${staff.id}/show`);
      await page.getByText(staff.email).waitFor();
      expect(await page.getByRole('button', { name: '二段階認証をリセット' }).count()).toBe(0); // none set up
      await page.getByRole('button', { name: 'パスワードを再発行' }).click();
      const confirm = page.getByRole('dialog', { name: 'パスワードを再発行しますか？' });
      await confirm.getByText('連携 三郎さんの仮パスワードを発行します').waitFor();
      await browser.screenshot('admin-reset-confirm');
      await confirm.getByRole('button', { name: 'パスワードを再発行' }).click();

      const shown = page.getByRole('dialog', { name: '仮パスワード' });
      await shown.getByText('今回だけ表示されます').waitFor();
      const temporary = ((await shown.getByTestId('temporary-password').textContent()) ?? '').trim();
      expect(temporary).toMatch(/^[A-Za-z0-9]{16}$/);
      await browser.screenshot('admin-reset-password');
      await shown.getByRole('button', { name: '閉じる' }).click();
      await page.getByText('パスワード変更待ち').waitFor();

      // The old password no longer signs in; the temporary one does, straight to the account page.
      await expect(login(server.baseUrl, staff.email, TEST_PASSWORD)).rejects.toThrow(/401/);
      await signOut(page);
      await signIn(page, server.baseUrl, staff.email, temporary);
      await page.waitForURL(/#\/account$/);
      await page.getByTestId('must-change-password').waitFor();

      // Nothing else answers until the password is changed: the menu leads back here.
      await page.goto(`${server.baseUrl}/#/cases`);
      await page.waitForURL(/#\/account$/);
      await page.getByText('続けるには、パスワードを変更してください。').waitFor();

      await page.locator('input[name="currentPassword"]').fill(temporary);
      await page.locator('input[name="newPassword"]').fill('saburo-renkei-2026');
      await page.locator('input[name="repeat"]').fill('saburo-renkei-2026');
      await page.getByRole('button', { name: 'パスワードを変更' }).click();
      await page.getByText('パスワードを変更しました').waitFor();
      await page.getByText('ようこそ、連携 三郎さん').waitFor();
      expect(page.url()).toMatch(/#\/$/);
      await expect(login(server.baseUrl, staff.email, 'saburo-renkei-2026')).resolves.toMatchObject({ id: staff.id });
      await signOut(page);
    });
  });

  it('sets up two-step verification from the account page, then signs in with a code or a recovery code', async () => {
    await browser.step('two-factor', async () => {
      const supervisor = org.users.aSupervisor;
      await signIn(page, server.baseUrl, supervisor.email, TEST_PASSWORD);
      await page.getByRole('button', { name: 'プロフィール' }).click();
      await page.getByRole('menuitem', { name: 'アカウント' }).click();
      await page.waitForURL(/#\/account$/);
      expect(await page.getByTestId('two-factor-status').textContent()).toBe('未設定');

      await page.getByRole('button', { name: '二段階認証を設定する' }).click();
      const qr = page.getByRole('img', { name: /二段階認証の設定用QRコード/ });
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      const code = page.locator('input[name="code"]');
      expect([await code.getAttribute('autocomplete'), await code.getAttribute('inputmode')]).toEqual(['one-time-code', 'numeric']);
      await browser.screenshot('account-two-factor-qr');

      await code.fill(totpCode(secret));
      await page.getByRole('button', { name: '確認して有効にする' }).click();
      const dialog = page.getByRole('dialog', { name: 'リカバリーコード' });
      await dialog.getByText('二度と表示されません').waitFor();
      recoveryCodes = (await dialog.getByTestId('recovery-codes').locator('li').allTextContents()).map((c) => c.trim());
      expect(recoveryCodes).toHaveLength(10);
      for (const c of recoveryCodes) expect(c).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
      await browser.screenshot('account-recovery-codes');
      const close = dialog.getByRole('button', { name: '閉じる' });
      expect(await close.isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: '控えました' }).check();
      await close.click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByTestId('two-factor-status').textContent()).toBe('設定済み');
      await signOut(page);

      // Password, then the code, in the same card.
      await submitLogin(page, supervisor.email, TEST_PASSWORD);
      const codeInput = page.locator('input[name="code"]');
      await codeInput.waitFor();
      expect([await codeInput.getAttribute('autocomplete'), await codeInput.getAttribute('inputmode')]).toEqual(['one-time-code', 'numeric']);
      await browser.screenshot('login-second-factor');
      await codeInput.fill('000000');
      await page.getByRole('button', { name: 'コードを確認' }).click();
      await page.getByRole('alert').getByText('認証コードが正しくないか、すでに使われています。').waitFor();
      // The code that enabled it is spent: the app's next one (taken within the API's 30 s tolerance).
      await codeInput.fill(totpCode(secret, Date.now() + 30_000));
      await page.getByRole('button', { name: 'コードを確認' }).click();
      await page.getByText('ようこそ、監督 一郎さん').waitFor();
      await signOut(page);

      // A lost phone: a recovery code instead, once.
      await submitLogin(page, supervisor.email, TEST_PASSWORD);
      await page.getByRole('button', { name: 'リカバリーコードを使う' }).click();
      await page.getByLabel('リカバリーコード').fill(recoveryCodes[0]);
      await page.getByRole('button', { name: 'コードを確認' }).click();
      await page.getByText('ようこそ、監督 一郎さん').waitFor();
      await signOut(page);
    });
  });

  it('sends someone whose center requires two-step verification to set it up before anything else', async () => {
    await browser.step('two-factor-required', async () => {
      await signIn(page, server.baseUrl, org.admin.email, BOOTSTRAP_ADMIN.password);
      await page.goto(`${server.baseUrl}/#/centers/${org.centers.b.id}`);
      await page.getByLabel('二段階認証を必須にする').check();
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('センター「テストB県センター（TSB）」').waitFor();
      await signOut(page);

      await signIn(page, server.baseUrl, org.users.bStaff.email, TEST_PASSWORD);
      await page.waitForURL(/#\/account$/);
      await page.getByTestId('must-enrol').waitFor();
      await page.getByText('センターの設定により必須です').waitFor();
      await page.getByRole('button', { name: '二段階認証を設定する' }).click();
      const bSecret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s/g, '');
      await page.locator('input[name="code"]').fill(totpCode(bSecret));
      await page.getByRole('button', { name: '確認して有効にする' }).click();
      const dialog = page.getByRole('dialog', { name: 'リカバリーコード' });
      await dialog.getByRole('checkbox', { name: '控えました' }).check();
      await dialog.getByRole('button', { name: '閉じる' }).click();
      // Nothing more required: on to the home page.
      await page.getByText('ようこそ、連携 六子さん').waitFor();
      await signOut(page);
    });
  });

  it('fits the account page on a tablet without sideways scrolling, with buttons large enough to touch', async () => {
    await browser.step('account-tablet', async () => {
      await signIn(page, server.baseUrl, org.users.aCoordinator2.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/account`);
      await page.getByRole('heading', { name: 'パスワードの変更' }).waitFor();
      await browser.screenshot('account-desktop');

      await page.setViewportSize(TABLET);
      await page.reload();
      await page.getByRole('heading', { name: '二段階認証' }).waitFor();
      await expectNoSidewaysScroll(page);
      const heights = await page.locator('#main-content .MuiButton-root').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThanOrEqual(2);
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
      await browser.screenshot('account-tablet');

      await page.getByRole('button', { name: '二段階認証を設定する' }).click();
      await page.getByTestId('two-factor-setup').waitFor();
      await expectNoSidewaysScroll(page);
      await browser.screenshot('account-two-factor-qr-tablet');
      await page.setViewportSize(DESKTOP);
    });
  });
});

/**
 * The idle warning, against an API whose sessions end after 2 minutes without a request. The page's
 * clock is Playwright's, moved on by the test; the API's is real, so the session it holds is real.
 */
describe('web app: signed out after idle time', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  let org: TestOrganisation;
  let theCase: CaseDto;
  const summary = '母より電話。本人が昼に台所まで出てきたとのこと。';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startApiServer({ SESSION_IDLE_MINUTES: '2' }), launchBrowser()]);
    page = browser.page;
    org = await seedOrganisation(server.baseUrl);
    theCase = await api<CaseDto>(server, 'POST', '/cases', org.users.aCoordinator.token, { clientName: '佐藤 健', clientNameKana: 'さとう けん', birthYear: 1995 });
    await page.clock.install();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('warns a minute before, keeps the session on request, and signs out at the end keeping the unsaved entry', async () => {
    await browser.step('idle', async () => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, server.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/cases/${theCase.id}/show/timeline`);
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      const form = page.getByRole('region', { name: '面談・電話を記録' });
      await form.locator('textarea[name="summary"]').fill(summary);
      await page.waitForFunction(() => Object.keys(sessionStorage).some((k) => k.startsWith('tsunagu.draft.')));

      // Idle 2 min: the warning comes 30 s after the last request (a minute before the sign-out).
      const dialog = page.getByRole('dialog', { name: 'まもなく自動的にログアウトします' });
      expect(await dialog.count()).toBe(0);
      await page.clock.fastForward('00:35');
      await dialog.waitFor();
      await dialog.getByText(/あと \d+ 秒で自動的にログアウトします/).waitFor();
      await browser.screenshot('idle-warning');

      const asked = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'GET');
      await dialog.getByRole('button', { name: 'ログインを続ける' }).click();
      expect((await asked).status()).toBe(200);
      await dialog.waitFor({ state: 'hidden' });
      expect(await form.locator('textarea[name="summary"]').inputValue()).toBe(summary);

      // Then nothing more: at the end the app signs out by itself and says why.
      const cookie = (await browser.context.cookies()).find((c) => c.name === 'tsunagu_session');
      await page.clock.fastForward('01:35');
      await page.getByText('一定時間操作がなかったため、自動的にログアウトしました。').waitFor();
      await browser.screenshot('idle-signed-out');
      // The API's session has ended too (asked with the old cookie), and the typed text is still kept in the tab.
      const after = await fetch(`${server.baseUrl}/api/auth/me`, { headers: { cookie: `tsunagu_session=${cookie?.value}` } });
      expect([after.status, ((await after.json()) as { code?: string }).code]).toEqual([401, 'SESSION_ENDED']);
      expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('tsunagu.draft.')))).toBe(true);

      // Signing in again goes back to the case, and the entry comes back.
      await submitLogin(page, org.users.aCoordinator.email, TEST_PASSWORD);
      await page.waitForURL(new RegExp(`#/cases/${theCase.id}/show/timeline$`));
      await page.getByRole('button', { name: '面談・電話を記録' }).click();
      await form.getByTestId('draft-restored').waitFor();
      expect(await form.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    });
  });
});
