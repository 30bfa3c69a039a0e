import { API_PREFIX } from '@tsunagu/contracts';
import { fetchUtils, HttpError } from 'ra-core';
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
 * Downloads a file with the bearer token (an `<a href>` could not send it). The API records the
 * export in the audit log; a refusal becomes the same translated error as any other call.
 */
export async function downloadFile(url: string, fallbackName = 'tsunagu.csv'): Promise<DownloadedFile> {
  const headers = new Headers({ Accept: 'text/csv' });
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(url, { headers });
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
