import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type AuthProvider, type DataProvider } from 'react-admin';
import { StaffName } from './StaffName';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flush = async () => {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

const authAs = (role: string, grants: string[]): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '相談 花子', role, centerId: role === 'admin' ? null : 'center-a' }),
  canAccess: async ({ action, resource }) => grants.includes(`${resource}:${action}`),
});

describe('StaffName', () => {
  let root: Root;
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = '';
  });

  const render = async (role: string, grants: string[], dataProvider: Record<string, unknown>) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} authProvider={authAs(role, grants)} i18nProvider={i18nProvider}>
          <ul>
            {['u1', 'u2', 'u3', 'u9'].map((id) => (
              <li key={id} data-id={id}>
                <StaffName id={id} />
              </li>
            ))}
          </ul>
        </AdminContext>,
      );
    });
    await flush();
  };
  const nameOf = (id: string) => document.querySelector(`[data-id="${id}"]`)?.textContent;

  it('names colleagues from the center’s directory, read once for every name on the page', async () => {
    const directory = jest.fn(async () => [
      { id: 'u1', name: '相談 花子', role: 'coordinator' },
      { id: 'u2', name: '相談 次郎', role: 'coordinator' },
      { id: 'u3', name: '監督 一郎', role: 'supervisor' },
    ]);
    const getMany = jest.fn();
    await render('coordinator', ['users:directory'], { directory, getMany });
    expect(nameOf('u1')).toBe('相談 花子（あなた）');
    expect(nameOf('u2')).toBe('相談 次郎');
    expect(nameOf('u3')).toBe('監督 一郎');
    expect(document.querySelector('[data-id="u3"] span')?.getAttribute('title')).toBe('スーパーバイザー');
    expect(nameOf('u9')).toBe('他の職員');
    expect(directory).toHaveBeenCalledTimes(1);
    expect(getMany).not.toHaveBeenCalled();
  });

  it('reads the users an administrator manages, who has no center directory', async () => {
    const directory = jest.fn();
    const getMany = jest.fn(async (_resource: string, { ids }: { ids: string[] }) => ({
      data: ids.filter((id) => id !== 'u9').map((id) => ({ id, name: `職員 ${id}`, role: 'coordinator' })),
    }));
    await render('admin', ['users:show', 'users:list'], { directory, getMany });
    expect(nameOf('u2')).toBe('職員 u2');
    expect(nameOf('u9')).toBe('他の職員');
    expect(directory).not.toHaveBeenCalled();
    expect(getMany.mock.calls[0][0]).toBe('users');
  });
});
