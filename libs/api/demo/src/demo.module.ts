import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@tsunagu/api-core';
import { Center, CentersService, UsersModule, UsersService } from '@tsunagu/api-users';
import { DataSource } from 'typeorm';
import { DEMO_ADMIN, DEMO_CENTERS, DEMO_PASSWORD } from './demo-data';

/**
 * Loads the demo data into the embedded default database on its first start.
 * Never runs against a database named by DATABASE_URL.
 */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly centers: CentersService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.TSUNAGU_EMBEDDED_DB) return;
    if (await this.db.getRepository(Center).exists()) return;
    await this.users.create(null, { ...DEMO_ADMIN, centerId: null, password: DEMO_PASSWORD });
    for (const demo of DEMO_CENTERS) {
      const center = await this.centers.create(null, { name: demo.name, code: demo.code });
      for (const user of demo.users) {
        await this.users.create(null, { ...user, centerId: center.id, password: DEMO_PASSWORD });
      }
    }
    this.logger.log('Loaded the demo data into the embedded database');
  }
}

@Module({ imports: [UsersModule], providers: [DemoDataLoader] })
export class DemoModule {}
