import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery } from '@tsunagu/api-core';
import { AUDIT_LIST_SPEC } from './audit.policy';
import { AuditService } from './audit.service';

/** The audit trail is read-only through the API: there is no route that writes, changes or deletes it. */
@ApiTags('audit-logs')
@Controller(RESOURCES.auditLogs)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Can(RESOURCES.auditLogs, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(AUDIT_LIST_SPEC) list: ListQuery) {
    return this.audit.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.auditLogs, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.audit.get(user, id);
  }
}
