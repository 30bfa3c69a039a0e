import { Module } from '@nestjs/common';
import { CasesModule } from '@tsunagu/api-cases';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { SupportPlansController } from './support-plans.controller';
import { SupportPlansService } from './support-plans.service';

/** The support process: assessments and support plans (case conferences to come). */
@Module({
  imports: [CasesModule],
  controllers: [AssessmentsController, SupportPlansController],
  providers: [AssessmentsService, SupportPlansService],
})
export class SupportModule {}
