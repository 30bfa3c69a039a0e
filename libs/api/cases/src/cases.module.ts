import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access.service';
import { CaseMergeService } from './case-merge.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { FamilyMembersController } from './family-members.controller';
import { FamilyMembersService } from './family-members.service';

@Module({
  controllers: [CasesController, FamilyMembersController],
  providers: [CaseAccess, CasesService, CaseMergeService, FamilyMembersService],
  exports: [CaseAccess, CasesService, FamilyMembersService],
})
export class CasesModule {}
