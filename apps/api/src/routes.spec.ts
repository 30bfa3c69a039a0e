import 'reflect-metadata';
import { Controller, Get, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ROLE_TABLE } from '@tsunagu/contracts';
import { ACCESS_METADATA, AccessRule, Allow } from '@tsunagu/api-core';
import { AppModule } from './app.module';

type ModuleRef = Type<unknown> | { module: Type<unknown>; controllers?: Type<unknown>[]; imports?: ModuleRef[] };

/** Every controller reachable from a module, following static and dynamic imports. */
function controllersOf(root: ModuleRef, seen = new Set<unknown>()): Type<unknown>[] {
  if (!root || seen.has(root)) return [];
  seen.add(root);
  const moduleClass = 'module' in root ? root.module : root;
  const dynamic = 'module' in root ? root : { controllers: [], imports: [] };
  const controllers: Type<unknown>[] = [
    ...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) ?? []),
    ...(dynamic.controllers ?? []),
  ];
  const imports: ModuleRef[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) ?? []), ...(dynamic.imports ?? [])];
  return [...controllers, ...imports.flatMap((m) => controllersOf(m, seen))];
}

/** "Controller.method" for every route handler that declares neither @Public() nor @Allow(...). */
function routesWithoutAccessRule(controllers: Type<unknown>[]): string[] {
  return controllers.flatMap((controller) => {
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && typeof proto[name] === 'function')
      .filter((name) => Reflect.getMetadata(METHOD_METADATA, proto[name] as object) !== undefined)
      .filter(
        (name) =>
          Reflect.getMetadata(ACCESS_METADATA, proto[name] as object) === undefined &&
          Reflect.getMetadata(ACCESS_METADATA, controller) === undefined,
      )
      .map((name) => `${controller.name}.${name}`);
  });
}

function routeCount(controllers: Type<unknown>[]): number {
  return controllers.reduce((n, c) => {
    const proto = c.prototype as Record<string, unknown>;
    return n + Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor' && Reflect.getMetadata(PATH_METADATA, proto[k] as object) !== undefined).length;
  }, 0);
}

describe('every route declares who may call it', () => {
  const controllers = controllersOf(AppModule);

  it('finds the application controllers', () => {
    const names = controllers.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['HealthController', 'AuthController', 'CentersController', 'UsersController', 'AuditController']),
    );
    expect(routeCount(controllers)).toBeGreaterThanOrEqual(12);
  });

  it('has no route without @Public() or @Allow(...)', () => {
    expect(routesWithoutAccessRule(controllers)).toEqual([]);
  });

  it('would catch a route that declares nothing', () => {
    @Controller('forgotten')
    class ForgottenController {
      @Get()
      @Allow('admin')
      ok() {
        return 1;
      }

      @Get('leak')
      leak() {
        return 2;
      }
    }
    expect(routesWithoutAccessRule([ForgottenController])).toEqual(['ForgottenController.leak']);
  });

  /** Each route's HTTP method and path, and the role-table cells it declares. */
  function declaredGrants(): Array<{ route: string; method: string; path: string; grants: readonly string[] }> {
    return controllers.flatMap((controller) => {
      const proto = controller.prototype as Record<string, object>;
      return Object.getOwnPropertyNames(proto)
        .filter((name) => name !== 'constructor' && Reflect.getMetadata(PATH_METADATA, proto[name]) !== undefined)
        .map((name) => {
          const rule = Reflect.getMetadata(ACCESS_METADATA, proto[name]) as AccessRule;
          return {
            route: `${controller.name}.${name}`,
            method: ['GET', 'POST', 'PUT', 'DELETE'][Reflect.getMetadata(METHOD_METADATA, proto[name]) as number],
            path: String(Reflect.getMetadata(PATH_METADATA, proto[name])),
            grants: rule.public ? [] : (rule.grants ?? []),
          };
        });
    });
  }

  /**
   * Actions of the role table that are not routes: domain moves that services check with
   * `assertCan` (closing a case, disclosing on another basis) or that only the screens ask about.
   */
  // Domain moves checked inside a route (closing is a PUT of the case; a voided record is a list filter).
  const NOT_ROUTES = [
    'cases.assign',
    'cases.reopen',
    'interviews.list_voided',
    'outreach-visits.list_voided',
    'referrals.send_on_other_basis',
    'reports.list',
    'reports.choose_center',
  ];

  it('takes every route\'s roles from the role table, by the action the route does', () => {
    const routes = declaredGrants();
    const undeclared = routes.filter((r) => !r.grants.length).map((r) => r.route);
    // Signing in, one's own account, the health check and the metrics (with their own token) are nobody's grant.
    expect(undeclared.sort()).toEqual([
      'AuthController.changePassword',
      'AuthController.enableTwoFactor',
      'AuthController.login',
      'AuthController.logout',
      'AuthController.me',
      'AuthController.renewRecoveryCodes',
      'AuthController.secondFactor',
      'AuthController.setupTwoFactor',
      'HealthController.check',
      'MetricsController.scrape',
    ]);
    const shape: Record<string, (method: string, path: string) => boolean> = {
      list: (m, p) => m === 'GET' && p === '/',
      show: (m, p) => m === 'GET' && p === ':id',
      create: (m, p) => m === 'POST' && (p === '/' || p === ':id/attendances'),
      edit: (m, p) => m === 'PUT' && p === ':id',
      delete: (m, p) => m === 'DELETE' && p === ':id',
    };
    const misnamed = routes.flatMap((r) =>
      r.grants.filter((g) => shape[g.split('.')[1]] && !shape[g.split('.')[1]](r.method, r.path)).map((g) => `${r.route} ${r.method} ${r.path} as ${g}`),
    );
    expect(misnamed).toEqual([]);
  });

  it('gives every action of the role table a route, unless it is a domain move', () => {
    const routed = new Set(declaredGrants().flatMap((r) => r.grants));
    const cells = Object.entries(ROLE_TABLE).flatMap(([subject, actions]) => Object.keys(actions).map((action) => `${subject}.${action}`));
    expect(cells.filter((cell) => !routed.has(cell)).sort()).toEqual([...NOT_ROUTES].sort());
    expect([...routed].filter((grant) => !cells.includes(grant))).toEqual([]);
  });
});
