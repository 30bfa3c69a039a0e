import { Global, Module } from '@nestjs/common';
import { EXPORT_NAMES, EXPORT_RECORDER } from '@tsunagu/api-core';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ExportNamesService } from './export-names.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, { provide: EXPORT_RECORDER, useExisting: AuditService }, { provide: EXPORT_NAMES, useClass: ExportNamesService }],
  exports: [AuditService, EXPORT_RECORDER, EXPORT_NAMES],
})
export class AuditModule {}
