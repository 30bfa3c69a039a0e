import { Global, Module } from '@nestjs/common';
import { EXPORT_RECORDER } from '@tsunagu/api-core';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, { provide: EXPORT_RECORDER, useExisting: AuditService }],
  exports: [AuditService, EXPORT_RECORDER],
})
export class AuditModule {}
