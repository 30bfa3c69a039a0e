import { Global, Module } from '@nestjs/common';
import { HttpMetrics } from './http-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** `GET /api/metrics`, the HTTP measurements, and `MetricsService` for any module to count events with. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, HttpMetrics],
  exports: [MetricsService],
})
export class MetricsModule {}
