import type { MeResponse, SessionInfo } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { HttpError } from 'ra-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext } from 'react-admin';
import { account, session } from '@tsunagu/web-data-access';
import { AccountPage } from './AccountPage';
import { passwordRuleKey } from './password-rules';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Where the page sends the person next (jsdom has no Request for the router to navigate with).
const mockRedirect = jest.fn();
jest.mock('react-admin', () => ({ ...jest.requireActual('react-admin'), useRedirect: () => mockRedirect }));

const SESSION: SessionInfo = { idleMinutes: 30, expiresAt: '2026-04-01T09:00:00.000Z', mustChangePassword: false, mustEnrolTwoFactor: false, twoFactorEnabled: false, twoFactorRequired: false };
const ME: MeResponse = { user: { id: 'u1', email: 'hanako@example.jp', name: '相談 花子', role: 'coordinator', centerId: 'c1' }, session: SESSION, csrfToken: 'csrf' };
const CODES = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);

/** Types into a React-controlled field the way a browser does. */
function typeInto(field: Element | null, value: string) {
  const input = field as HTMLInputElement;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

const refused = (status: number, code: string, message: string) => new HttpError(`tsunagu.errors.${code.toLowerCase()}`, status, { code, message });

// react-admin 5 still hands MUI v5 prop names (InputProps, inputRef...) to MUI 9 inputs; React's
// development build warns about each. Those warnings are not about this code.
// eslint-disable-next-line no-console -- the spy below passes every other error through
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(globalThis.console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('React does not recognize')) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

describe('account page', () => {
  let container: HTMLDivElement;
  let root: Root;
  const text = () => document.body.textContent ?? '';
  const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
    jest.spyOn(account, 'refresh').mockImplementation(async () => {
      session.save({ ...ME, session: session.info() ?? SESSION });
      return ME;
    });
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    sessionStorage.clear();
    jest.clearAllMocks();
  });

  const render = async (info: Partial<SessionInfo> = {}) => {
    session.save({ ...ME, session: { ...SESSION, ...info } });
    await act(async () => {
      root.render(
        <AdminContext i18nProvider={i18nProvider}>
          <AccountPage />
        </AdminContext>,
      );
    });
    await flush();
  };

  const fillPasswords = async (current: string, next: string, repeat: string) => {
    await act(async () => {
      typeInto(container.querySelector('input[name="currentPassword"]'), current);
      typeInto(container.querySelector('input[name="newPassword"]'), next);
      typeInto(container.querySelector('input[name="repeat"]'), repeat);
    });
    await act(async () => button('パスワードを変更').click());
    await flush();
  };

  it('explains that a temporary password must be changed first, and goes on to the home page once it is', async () => {
    jest.spyOn(account, 'changePassword').mockImplementation(async () => {
      session.update({ mustChangePassword: false });
      return { ...ME, session: SESSION };
    });
    await render({ mustChangePassword: true });
    expect(container.querySelector('[data-testid="must-change-password"]')?.textContent).toContain('ほかの操作の前に');
    expect(text()).toContain('12文字以上。メールアドレス、よく使われるパスワード');
    expect(container.querySelector('input[name="newPassword"]')?.getAttribute('autocomplete')).toBe('new-password');
    await fillPasswords('Temporary-Pass-1', 'new-password-2026', 'new-password-2026');
    expect(mockRedirect).toHaveBeenCalledWith('/');
    expect(container.querySelector('[data-testid="must-change-password"]')).toBeNull();
  });

  it('sends the current and the new password, and not when the repeat differs', async () => {
    const change = jest.spyOn(account, 'changePassword').mockResolvedValue({ ...ME, session: SESSION });
    await render();
    await fillPasswords('old-password-1', 'new-password-2026', 'new-password-2062');
    expect(change).not.toHaveBeenCalled();
    expect(text()).toContain('新しいパスワードが一致しません。');

    await act(async () => typeInto(container.querySelector('input[name="repeat"]'), 'new-password-2026'));
    await act(async () => button('パスワードを変更').click());
    await flush();
    expect(change).toHaveBeenCalledWith('old-password-1', 'new-password-2026');
    // A new form: neither password stays on screen; nothing was required, so the page stays.
    expect((container.querySelector('input[name="newPassword"]') as HTMLInputElement).value).toBe('');
    expect(mockRedirect).not.toHaveBeenCalled();
  });

  it('says on the fields why the API refused the change', async () => {
    const change = jest.spyOn(account, 'changePassword').mockRejectedValueOnce(refused(400, 'CURRENT_PASSWORD_WRONG', 'currentPassword is not your current password'));
    await render();
    await fillPasswords('wrong-password', 'new-password-2026', 'new-password-2026');
    expect(text()).toContain('現在のパスワードが正しくありません。');

    change.mockRejectedValueOnce(refused(400, 'PASSWORD_WEAK', 'newPassword is one of the most common passwords'));
    await act(async () => button('パスワードを変更').click());
    await flush();
    expect(text()).toContain('よく使われるパスワードのため使えません。');
  });

  it('sets up two-step verification: QR code and key, a code to confirm, then the recovery codes once', async () => {
    jest.spyOn(account, 'setupTwoFactor').mockResolvedValue({ secret: 'JBSWY3DPEHPK3PXPJBSW', otpauthUrl: 'otpauth://totp/x', qrCode: 'data:image/png;base64,AAAA' });
    const enable = jest.spyOn(account, 'enableTwoFactor').mockRejectedValueOnce(refused(401, 'SECOND_FACTOR_INVALID', 'The code is not right'));
    await render({ mustEnrolTwoFactor: true, twoFactorRequired: true });
    expect(container.querySelector('[data-testid="must-enrol"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="two-factor-status"]')?.textContent).toBe('未設定');
    expect(text()).toContain('センターの設定により必須です');

    await act(async () => button('二段階認証を設定する').click());
    await flush();
    const qr = container.querySelector('img') as HTMLImageElement;
    expect(qr.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(qr.getAttribute('alt')).toContain('QRコード');
    expect(container.querySelector('[data-testid="two-factor-secret"]')?.textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW');
    const code = container.querySelector('input[name="code"]') as HTMLInputElement;
    expect([code.getAttribute('autocomplete'), code.getAttribute('inputmode')]).toEqual(['one-time-code', 'numeric']);

    await act(async () => typeInto(code, '12345'));
    await act(async () => button('確認して有効にする').click());
    expect(enable).not.toHaveBeenCalled();
    expect(text()).toContain('6桁の数字を入力してください。');

    await act(async () => typeInto(container.querySelector('input[name="code"]'), '123456'));
    await act(async () => button('確認して有効にする').click());
    await flush();
    expect(enable).toHaveBeenLastCalledWith('123456');
    expect(text()).toContain('認証コードが正しくないか、すでに使われています。');

    enable.mockImplementationOnce(async () => {
      session.update({ twoFactorEnabled: true, mustEnrolTwoFactor: false });
      return { recoveryCodes: CODES };
    });
    await act(async () => typeInto(container.querySelector('input[name="code"]'), '654321'));
    await act(async () => button('確認して有効にする').click());
    await flush();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect([...dialog.querySelectorAll('[data-testid="recovery-codes"] li')].map((li) => li.textContent)).toEqual(CODES);
    const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent === '閉じる') as HTMLButtonElement;
    expect(close.disabled).toBe(true);
    await act(async () => (dialog.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    expect(close.disabled).toBe(false);
    await act(async () => close.click());
    await flush();
    expect(document.querySelector('[data-testid="recovery-codes"]')).toBeNull();
    expect(container.querySelector('[data-testid="two-factor-status"]')?.textContent).toBe('設定済み');
    expect(mockRedirect).toHaveBeenCalledWith('/');
  });
});

describe('passwordRuleKey', () => {
  it.each([
    ['newPassword must be at least 12 characters', 'tsunagu.account.password.too_short'],
    ['newPassword must not be or contain the email address', 'tsunagu.account.password.rule_email'],
    ['newPassword is one of the most common passwords', 'tsunagu.account.password.rule_common'],
    ['newPassword must use more than three different characters', 'tsunagu.account.password.rule_variety'],
    ['newPassword must differ from the current one', 'tsunagu.account.password.rule_same'],
    ['something new', 'tsunagu.errors.password_weak'],
  ])('%s → %s', (message, key) => {
    expect(passwordRuleKey({ code: 'PASSWORD_WEAK', message })).toBe(key);
  });
});
