import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadDatabase } from './read-database';
import { ReadRoutingInterceptor } from './read-routing.interceptor';

/** The read replica, for the few services that read from it (reports, timelines; list exports through findPage). */
@Global()
@Module({
  providers: [ReadDatabase, { provide: APP_INTERCEPTOR, useClass: ReadRoutingInterceptor }],
  exports: [ReadDatabase],
})
export class ReadDatabaseModule {}
