import { Module } from '@nestjs/common';
import { ImportRowsController, ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  controllers: [ImportsController, ImportRowsController],
  providers: [ImportsService],
})
export class ImportsModule {}
