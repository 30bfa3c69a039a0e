import { Module } from '@nestjs/common';
import { AgenciesModule } from '@tsunagu/api-agencies';
import { CasesModule } from '@tsunagu/api-cases';
import { ConsentChecker } from './consent-checker.service';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';

@Module({
  imports: [CasesModule, AgenciesModule],
  controllers: [ConsentsController],
  providers: [ConsentsService, ConsentChecker],
  exports: [ConsentChecker, ConsentsService],
})
export class ConsentsModule {}
