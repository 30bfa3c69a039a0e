import { Module } from '@nestjs/common';
import { CasesModule } from '@tsunagu/api-cases';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

/** The support process: assessments (then support plans and case conferences). */
@Module({
  imports: [CasesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService],
})
export class SupportModule {}
