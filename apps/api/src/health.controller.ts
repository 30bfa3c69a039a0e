import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@tsunagu/api-core';

/** Terminus's answer: the status, and each indicator's (here only the database). */
const HEALTH = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'error'] },
    info: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
    error: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
    details: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
  },
  required: ['status'],
  example: { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' } } },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** 200 `{"status":"ok", ...}` once the database answers; 503 otherwise. */
  @Get()
  @Public()
  // No caching header or document of its own: every answer under /api is already no-store, and the
  // answers are described here.
  @HealthCheck({ noCache: false, swaggerDocumentation: false })
  @ApiOkResponse({ description: 'The database answers', schema: HEALTH })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer', schema: HEALTH })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
