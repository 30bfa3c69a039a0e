import { Module } from '@nestjs/common';
import { CasesModule } from '@tsunagu/api-cases';
import { ConsentsModule } from '@tsunagu/api-consents';
import { CaseActivityService } from './case-activity.service';
import {
  AttendancesController,
  FollowUpsController,
  InterviewsController,
  OutreachVisitsController,
  ProgramsController,
  ProgramSessionsController,
  TimelineController,
} from './contacts.controllers';
import { InterviewsService } from './interviews.service';
import { OutreachVisitsService } from './outreach-visits.service';
import { ProgramsService } from './programs.service';
import { SummarySheetController } from './summary-sheet.controller';
import { SummarySheetService } from './summary-sheet.service';

@Module({
  imports: [CasesModule, ConsentsModule],
  controllers: [
    InterviewsController,
    OutreachVisitsController,
    ProgramsController,
    ProgramSessionsController,
    AttendancesController,
    TimelineController,
    FollowUpsController,
    SummarySheetController,
  ],
  providers: [InterviewsService, OutreachVisitsService, ProgramsService, CaseActivityService, SummarySheetService],
  exports: [InterviewsService, OutreachVisitsService, ProgramsService],
})
export class ContactsModule {}
