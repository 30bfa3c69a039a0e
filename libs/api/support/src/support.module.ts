import { Module } from '@nestjs/common';
import { CasesModule } from '@tsunagu/api-cases';
import { ReferralsModule } from '@tsunagu/api-referrals';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { ConferencesController } from './conferences.controller';
import { ConferencesService } from './conferences.service';
import { SupportPlansController } from './support-plans.controller';
import { SupportPlansService } from './support-plans.service';

/** The support process: assessments, support plans and case conferences. */
@Module({
  imports: [CasesModule, ReferralsModule],
  controllers: [AssessmentsController, SupportPlansController, ConferencesController],
  providers: [AssessmentsService, SupportPlansService, ConferencesService],
  exports: [AssessmentsService, SupportPlansService, ConferencesService],
})
export class SupportModule {}
