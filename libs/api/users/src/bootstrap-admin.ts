import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@tsunagu/api-core';
import { DataSource } from 'typeorm';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** On a database with no user at all, creates the admin named by BOOTSTRAP_ADMIN_EMAIL/PASSWORD. */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    if (await this.db.getRepository(User).exists()) return;
    // The operator chose this password (BOOTSTRAP_ADMIN_PASSWORD); it is theirs to change from the account page.
    await this.users.create(null, { email: email.toLowerCase(), password, name: 'Administrator', role: 'admin', centerId: null, mustChangePassword: false });
    this.logger.log('Created the bootstrap admin account');
  }
}
