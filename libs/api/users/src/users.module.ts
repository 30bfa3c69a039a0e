import { Module } from '@nestjs/common';
import { BootstrapAdmin } from './bootstrap-admin';
import { CentersController } from './centers.controller';
import { CentersService } from './centers.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [CentersController, UsersController],
  providers: [CentersService, UsersService, BootstrapAdmin],
  exports: [CentersService, UsersService],
})
export class UsersModule {}
