import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ContactDayDeltas } from './contact-day-deltas';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ imports: [ScheduleModule.forRoot()], controllers: [ReportsController], providers: [ReportsService, ContactDayDeltas] })
export class ReportsModule {}
