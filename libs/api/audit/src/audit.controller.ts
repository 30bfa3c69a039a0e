import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { Allow, ApiListQuery, AuthUser, CurrentUser, ListParams, ListQuery } from '@tsunagu/api-core';
import { AUDIT_LIST_SPEC } from './audit.policy';
import { AuditService } from './audit.service';

/** The audit trail is read-only through the API: there is no route that writes, changes or deletes it. */
@ApiTags('audit-logs')
@Controller(RESOURCES.auditLogs)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin', 'supervisor')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(AUDIT_LIST_SPEC) list: ListQuery) {
    return this.audit.list(user, list);
  }

  @Get(':id')
  @Allow('admin', 'supervisor')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.audit.get(user, id);
  }
}
