import { API_PREFIX } from '@tsunagu/contracts';
import { fetchUtils, HttpError } from 'ra-core';
import { activity } from './activity';
import { toAppError } from './errors';
import { session } from './session';

/** The API is served from the same origin as the app (the dev server proxies /api). */
export const API_URL = `/${API_PREFIX}`;

/** Methods that change nothing: the API asks no CSRF token for them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session's CSRF token on a change. The session itself travels as its HttpOnly cookie, which
 * the browser sends to the same origin by itself.
 */
export function sessionHeaders(headers: Headers, method = 'GET'): Headers {
  const csrfToken = session.csrfToken();
  if (csrfToken && !SAFE_METHODS.has(method.toUpperCase())) headers.set('X-CSRF-Token', csrfToken);
  return headers;
}

/**
 * `fetchUtils.fetchJson` with the session's CSRF token on changes, and translated errors. Each
 * request keeps the session alive, and is recorded for the idle warning.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = sessionHeaders(new Headers(options.headers ?? { Accept: 'application/json' }), options.method);
  activity.record();
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toAppError(error);
  }
}

/** A file the API sent as a download (a CSV export), with the name it suggested. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** `filename="x.csv"` (or RFC 5987 `filename*=UTF-8''x.csv`) of a Content-Disposition header. */
export function filenameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(contentDisposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Downloads a file through fetch, so that a refusal becomes the same translated error as any other
 * call instead of a page of JSON in a new tab. The API records the export in the audit log.
 */
export async function downloadFile(url: string, fallbackName = 'tsunagu.csv', init: RequestInit = {}): Promise<DownloadedFile> {
  const headers = sessionHeaders(new Headers(init.headers ?? { Accept: 'text/csv' }), init.method);
  activity.record();
  const res = await fetch(url, { ...init, headers });
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    throw toAppError(new HttpError(res.statusText || String(res.status), res.status, body));
  }
  return { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition'), fallbackName) };
}
