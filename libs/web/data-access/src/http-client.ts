import { API_PREFIX } from '@tsunagu/contracts';
import { fetchUtils } from 'ra-core';
import { toAppError } from './errors';
import { session } from './session';

/** The API is served from the same origin as the app (the dev server proxies /api). */
export const API_URL = `/${API_PREFIX}`;

/** `fetchUtils.fetchJson` with the bearer token of the signed-in user and translated errors. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toAppError(error);
  }
}
