import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { API_PREFIX } from '@tsunagu/contracts';
import { MetricsService } from './metrics.service';

/** The route label of an API request that no route handled: an unknown path, or a body refused before routing. */
const UNMATCHED_ROUTE = 'unmatched';

/** The route label of every request outside the API: the web app's files and its client-side routes. */
const WEB_ROUTE = 'web';

/** The scrape route's template: scrapes are not counted among the requests they report. */
const METRICS_ROUTE = `/${API_PREFIX}/metrics`;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Express sets `route` on the request when one of its routes (every Nest handler is one) takes it. */
type RoutedRequest = IncomingMessage & { route?: { path?: unknown; methods?: Record<string, boolean> } };

/**
 * The route label for a request: the template of the handler that took it (`/api/cases/:id`, with
 * the global prefix), else a fixed word. `url` is only compared with the API prefix, never put in
 * a label. Nest registers route-bound middleware (the request logger's `/api/{*path}` and `/api`)
 * as Express routes for every method, so a request no handler took still carries one; a handler's
 * route is registered for its one method (the API has no `@All()` handler).
 */
function routeLabel(req: RoutedRequest, url: string): string {
  const route = req.route;
  if (typeof route?.path === 'string' && Object.keys(route.methods ?? {}).length === 1) return route.path;
  const api = `/${API_PREFIX}`;
  return url === api || url.startsWith(`${api}/`) || url.startsWith(`${api}?`) ? UNMATCHED_ROUTE : WEB_ROUTE;
}

/** The method label: other methods the HTTP parser accepts (WebDAV's, say) share one value. */
const methodLabel = (method: string | undefined): string => (method && METHODS.has(method) ? method : 'OTHER');

/**
 * Counts and times every HTTP response exactly once, at the server rather than in Nest: listening
 * ahead of Express sees the responses middleware sends before any route or interceptor runs (a
 * malformed body, a refused content type), as well as those the exception filter writes.
 */
@Injectable()
export class HttpMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    // A standalone application context (a command, no HTTP server) has nothing to measure.
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    server?.prependListener('request', (req: IncomingMessage, res: ServerResponse) => this.track(req, res));
  }

  private track(req: RoutedRequest, res: ServerResponse): void {
    const started = process.hrtime.bigint();
    const url = req.url ?? '';
    res.once('finish', () => {
      const route = routeLabel(req, url);
      if (route === METRICS_ROUTE) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.responseSent({ method: methodLabel(req.method), route, status: res.statusCode }, seconds);
    });
  }
}
