import { MAX_PAGE_SIZE } from '@tsunagu/contracts';
import type { DataProvider, Identifier, RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './http-client';
import { createBody, updateBody } from './request-body';

/**
 * ra-data-simple-rest on the API, with three adjustments the API needs:
 * - `update` sends only the changed fields plus `version` (the API refuses id/createdAt/... with 400);
 * - `create` sends no blank fields;
 * - `getMany` asks for a range as large as the list of ids (the API's default page is smaller).
 */
export function createDataProvider(apiUrl: string = API_URL, client: typeof httpClient = httpClient): DataProvider {
  const base = simpleRestProvider(apiUrl, client);
  return {
    ...base,
    update: (resource, params) =>
      base.update(resource, { ...params, data: updateBody(params.data, params.previousData) }),
    create: (resource, params) => base.create(resource, { ...params, data: createBody(params.data) }),
    getMany: async <R extends RaRecord>(resource: string, params: { ids: Identifier[]; signal?: AbortSignal; meta?: unknown }) => {
      const data: R[] = [];
      for (let start = 0; start < params.ids.length; start += MAX_PAGE_SIZE) {
        const ids = params.ids.slice(start, start + MAX_PAGE_SIZE);
        const page = await base.getList<R>(resource, {
          filter: { id: ids },
          pagination: { page: 1, perPage: ids.length },
          sort: { field: 'id', order: 'ASC' },
          signal: params.signal,
        });
        data.push(...page.data);
      }
      return { data };
    },
  };
}

export const dataProvider = createDataProvider();
