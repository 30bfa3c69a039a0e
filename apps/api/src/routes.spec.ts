import 'reflect-metadata';
import { Controller, Get, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_METADATA, Allow } from '@tsunagu/api-core';
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
});
