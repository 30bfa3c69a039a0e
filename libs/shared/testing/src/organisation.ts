import type { Role, LoginResponse } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN } from './api-server';

export const TEST_PASSWORD = 'test-password-2026';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  centerId: string | null;
  token: string;
}

export interface TestOrganisation {
  admin: TestUser;
  centers: { a: { id: string; code: string }; b: { id: string; code: string } };
  /** Users of center A (a*) and center B (b*). */
  users: Record<
    'aSupervisor' | 'aCoordinator' | 'aCoordinator2' | 'aStaff' | 'bSupervisor' | 'bCoordinator' | 'bStaff',
    TestUser
  >;
}

async function call<T>(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

export async function login(baseUrl: string, email: string, password: string): Promise<TestUser> {
  const { accessToken, user } = await call<LoginResponse>(baseUrl, 'POST', '/auth/login', null, { email, password });
  if (!accessToken) throw new Error(`Signing in as ${email} answered no token`);
  return { ...user, token: accessToken };
}

/**
 * Through the API, as the bootstrap admin: two centers (A and B), and in each a supervisor,
 * coordinators and a staff member, all signed in.
 */
export async function seedOrganisation(baseUrl: string): Promise<TestOrganisation> {
  const admin = await login(baseUrl, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
  const a = await call<{ id: string; code: string }>(baseUrl, 'POST', '/centers', admin.token, { name: 'テストA市センター', code: 'TSA' });
  const b = await call<{ id: string; code: string }>(baseUrl, 'POST', '/centers', admin.token, { name: 'テストB県センター', code: 'TSB' });
  const make = async (key: string, role: Role, centerId: string, name: string) => {
    const email = `${key.toLowerCase()}@test.tsunagu.example`;
    await call(baseUrl, 'POST', '/users', admin.token, { email, name, role, centerId, password: TEST_PASSWORD, mustChangePassword: false });
    return login(baseUrl, email, TEST_PASSWORD);
  };
  const entries = await Promise.all([
    make('aSupervisor', 'supervisor', a.id, '監督 一郎'),
    make('aCoordinator', 'coordinator', a.id, '相談 花子'),
    make('aCoordinator2', 'coordinator', a.id, '相談 次郎'),
    make('aStaff', 'staff', a.id, '連携 三郎'),
    make('bSupervisor', 'supervisor', b.id, '監督 四郎'),
    make('bCoordinator', 'coordinator', b.id, '相談 五月'),
    make('bStaff', 'staff', b.id, '連携 六子'),
  ]);
  const [aSupervisor, aCoordinator, aCoordinator2, aStaff, bSupervisor, bCoordinator, bStaff] = entries;
  return {
    admin,
    centers: { a, b },
    users: { aSupervisor, aCoordinator, aCoordinator2, aStaff, bSupervisor, bCoordinator, bStaff },
  };
}
