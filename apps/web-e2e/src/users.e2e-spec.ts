import type { Page } from 'playwright-core';
import type { UserDto } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN, login, seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer } from '@tsunagu/testing';
import { api, choose, signIn, signOut } from './support/app';
import { launchBrowser, type TestBrowser } from './support/browser';

describe('web app: centers and users (Japanese UI, system Chromium)', () => {
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  const newUser = { name: '相談 花子', email: 'hanako.soudan@test.tsunagu.example', password: 'hanako-pass-2026' };

  beforeAll(async () => {
    server = await startApiServer();
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs the admin in on the Japanese login page, creates a center and a coordinator, and signs out', async () => {
    await browser.step('admin-users', async () => {
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { name: 'つなぐ' }).waitFor();
      await page.getByRole('button', { name: 'ログイン' }).waitFor();
      expect(await page.locator('label', { hasText: 'メールアドレス' }).count()).toBe(1);
      expect(await page.locator('label', { hasText: 'パスワード' }).count()).toBe(1);
      await browser.screenshot('login');

      await signIn(page, server.baseUrl, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
      await page.getByText('ようこそ、Administratorさん').waitFor();
      expect(await page.getByText('あなたの役割: 管理者').count()).toBe(1);
      await browser.screenshot('dashboard');

      // A center, through the UI.
      await page.getByRole('menuitem', { name: 'センター' }).click();
      await page.getByRole('link', { name: '作成' }).click();
      await page.locator('input[name="name"]').fill('札幌市ひきこもり地域支援センター');
      await page.locator('input[name="code"]').fill('SAP');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('センター「札幌市ひきこもり地域支援センター（SAP）」').waitFor();
      await browser.screenshot('center-show');

      // A coordinator of that center, through the UI.
      await page.getByRole('menuitem', { name: 'ユーザー' }).click();
      await page.getByRole('link', { name: '作成' }).click();
      await page.locator('input[name="name"]').fill(newUser.name);
      await page.locator('input[name="email"]').fill(newUser.email);
      await choose(page, /役割/, 'ひきこもり支援コーディネーター');
      await choose(page, /所属センター/, '札幌市ひきこもり地域支援センター');
      await page.locator('input[name="password"]').fill(newUser.password);
      await browser.screenshot('user-create');
      await page.getByRole('button', { name: '保存' }).click();

      // Back on the list, the new user is there with the translated role and the center's name.
      const row = page.getByRole('row').filter({ hasText: newUser.email });
      await row.waitFor();
      expect(await row.textContent()).toContain(newUser.name);
      expect(await row.textContent()).toContain('ひきこもり支援コーディネーター');
      await row.getByText('札幌市ひきこもり地域支援センター（SAP）').waitFor();
      await browser.screenshot('users-list');

      // What the form sent is what the API stored: the new coordinator can sign in.
      const coordinator = await login(server.baseUrl, newUser.email, newUser.password);
      expect(coordinator.role).toBe('coordinator');
      expect(coordinator.centerId).not.toBeNull();

      await signOut(page);
      await browser.screenshot('signed-out');

      // English is one click away, and back.
      await page.getByRole('button', { name: '日本語' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.getByRole('heading', { name: 'Tsunagu' }).waitFor();
      await browser.screenshot('login-en');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: '日本語' }).click();
      await page.getByRole('button', { name: 'ログイン' }).waitFor();
    });
  });

  it('tells the admin in Japanese when someone else saved the user first (409)', async () => {
    await browser.step('conflict', async () => {
      const admin = await login(server.baseUrl, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
      const [user] = await api<UserDto[]>(server, 'GET', `/users?filter=${encodeURIComponent(JSON.stringify({ q: newUser.email }))}`, admin.token);

      await signIn(page, server.baseUrl, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
      await page.goto(`${server.baseUrl}/#/users/${user.id}`);
      await page.locator('input[name="name"]').waitFor();
      expect(await page.locator('input[name="name"]').inputValue()).toBe(newUser.name);

      // Meanwhile, someone else renames the user.
      await api(server, 'PUT', `/users/${user.id}`, admin.token, { name: '相談 はなこ', version: user.version });

      await page.locator('input[name="name"]').fill('相談 花子（更新）');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('他の人が先に更新しました').waitFor();
      await browser.screenshot('conflict');

      const [after] = await api<UserDto[]>(server, 'GET', `/users?filter=${encodeURIComponent(JSON.stringify({ q: newUser.email }))}`, admin.token);
      expect(after.name).toBe('相談 はなこ');

      // Reloading picks up the new version; saving then works and sends only what changed.
      await page.reload();
      await page.locator('input[name="name"]').waitFor();
      expect(await page.locator('input[name="name"]').inputValue()).toBe('相談 はなこ');
      await page.getByLabel('有効', { exact: true }).uncheck();
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('row').filter({ hasText: newUser.email }).waitFor();
      const [saved] = await api<UserDto[]>(server, 'GET', `/users?filter=${encodeURIComponent(JSON.stringify({ q: newUser.email }))}`, admin.token);
      expect(saved).toMatchObject({ name: '相談 はなこ', active: false, version: user.version + 2 });

      await signOut(page);
    });
  });

  it('gives a supervisor a read-only view of their own center', async () => {
    await browser.step('supervisor', async () => {
      const org = await seedOrganisation(server.baseUrl);
      await signIn(page, server.baseUrl, org.users.aSupervisor.email, TEST_PASSWORD);
      await page.goto(`${server.baseUrl}/#/`);
      await page.getByText('あなたの役割: スーパーバイザー').waitFor();
      // Users and the audit log are in the menu; centers are not (a supervisor only sees their own, by link).
      await page.getByRole('menuitem', { name: 'ユーザー' }).waitFor();
      await page.getByRole('menuitem', { name: '監査ログ' }).waitFor();
      expect(await page.getByRole('menuitem', { name: 'センター' }).count()).toBe(0);

      await page.getByRole('menuitem', { name: 'ユーザー' }).click();
      await page.getByRole('row').filter({ hasText: '監督 一郎' }).waitFor();
      const rows = await page.getByRole('row').allTextContents();
      expect(rows.join('\n')).toContain('相談 花子'.slice(0, 2));
      expect(rows.some((r) => r.includes('監督 四郎'))).toBe(false); // center B
      expect(await page.getByRole('link', { name: '作成' }).count()).toBe(0);
      await browser.screenshot('supervisor-users');

      // A row opens the read-only page, with no edit button.
      await page.getByRole('row').filter({ hasText: '相談 次郎' }).click();
      await page.getByText('aCoordinator2@test.tsunagu.example'.toLowerCase()).waitFor();
      expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);

      // Their own center opens from the link, read-only, with its users.
      await page.getByRole('menuitem', { name: 'ユーザー' }).click();
      await page.getByRole('row').filter({ hasText: '監督 一郎' }).getByRole('link', { name: 'テストA市センター（TSA）' }).click();
      await page.getByText('センター「テストA市センター（TSA）」').waitFor();
      await page.getByRole('row').filter({ hasText: '連携 三郎' }).waitFor();
      expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);
      await browser.screenshot('supervisor-center');

      await page.getByRole('menuitem', { name: '監査ログ' }).click();
      await page.getByRole('row').filter({ hasText: 'ログイン' }).first().waitFor();
      await browser.screenshot('supervisor-audit-log');

      await signOut(page);
    });
  });
});
