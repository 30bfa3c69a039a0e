import { Module } from '@nestjs/common';
import { AgenciesModule } from '@tsunagu/api-agencies';
import { CasesModule } from '@tsunagu/api-cases';
import { ConsentsModule } from '@tsunagu/api-consents';
import { DisclosuresService } from './disclosures.service';
import { DisclosuresController, ReferralsController } from './referrals.controllers';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [CasesModule, ConsentsModule, AgenciesModule],
  controllers: [ReferralsController, DisclosuresController],
  providers: [ReferralsService, DisclosuresService],
  exports: [ReferralsService, DisclosuresService],
})
export class ReferralsModule {}
