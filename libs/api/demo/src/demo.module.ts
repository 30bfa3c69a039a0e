import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserDto } from '@tsunagu/contracts';
import { AgenciesModule, AgenciesService } from '@tsunagu/api-agencies';
import { AppConfig, type AuthUser } from '@tsunagu/api-core';
import { CasesModule, CasesService, FamilyMembersService } from '@tsunagu/api-cases';
import { ConsentsModule, ConsentsService } from '@tsunagu/api-consents';
import { ContactsModule, InterviewsService, OutreachVisitsService, ProgramsService } from '@tsunagu/api-contacts';
import { ReferralsModule, ReferralsService } from '@tsunagu/api-referrals';
import { InquiriesModule, InquiriesService } from '@tsunagu/api-inquiries';
import { AssessmentsService, ConferencesService, SupportModule, SupportPlansService } from '@tsunagu/api-support';
import { Center, CentersService, UsersModule, UsersService } from '@tsunagu/api-users';
import { DataSource } from 'typeorm';
import { DEMO_ADMIN, DEMO_CENTERS, DEMO_PASSWORD } from './demo-data';
import { loadDemoInquiries } from './demo-inquiries';
import { loadDemoSupport, type DemoSupportServices } from './demo-support';
import { loadDemoYear, type DemoServices } from './demo-year';

const asActor = (u: UserDto): AuthUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, centerId: u.centerId });

/**
 * Loads the demo into the embedded default database on its first start: the centers, their users,
 * a year of each center's work, a month of its first contacts, and its support process (assessments,
 * plans, conferences). Never runs against a database named by DATABASE_URL.
 */
@Injectable()
class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');
  private readonly services: DemoServices;
  private readonly support: DemoSupportServices;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly centers: CentersService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    agencies: AgenciesService,
    cases: CasesService,
    family: FamilyMembersService,
    consents: ConsentsService,
    interviews: InterviewsService,
    outreach: OutreachVisitsService,
    programs: ProgramsService,
    referrals: ReferralsService,
    private readonly inquiries: InquiriesService,
    assessments: AssessmentsService,
    plans: SupportPlansService,
    conferences: ConferencesService,
  ) {
    this.services = { agencies, cases, family, consents, interviews, outreach, programs, referrals };
    this.support = { assessments, plans, conferences };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.TSUNAGU_EMBEDDED_DB) return;
    if (await this.db.getRepository(Center).exists()) return;
    const started = Date.now();
    await this.users.create(null, { ...DEMO_ADMIN, centerId: null, password: DEMO_PASSWORD, mustChangePassword: false });
    for (const [n, demo] of DEMO_CENTERS.entries()) {
      const center = await this.centers.create(null, { name: demo.name, code: demo.code });
      const users: AuthUser[] = [];
      for (const user of demo.users) users.push(asActor(await this.users.create(null, { ...user, centerId: center.id, password: DEMO_PASSWORD, mustChangePassword: false })));
      const byRole = (role: AuthUser['role']) => users.filter((u) => u.role === role);
      const [c1, c2] = byRole('coordinator');
      const who = { supervisor: byRole('supervisor')[0], coordinators: [c1, c2] as [AuthUser, AuthUser], staff: byRole('staff')[0], area: demo.area, municipalities: demo.municipalities };
      await loadDemoYear(this.services, who, 2026 + n);
      await loadDemoInquiries(this.inquiries, this.services.interviews, who, 2026 + n);
      await loadDemoSupport(this.db, this.support, who, center.id, 2026 + n);
    }
    this.logger.log(`Loaded the demo data into the embedded database in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

@Module({
  imports: [UsersModule, AgenciesModule, CasesModule, ConsentsModule, ContactsModule, ReferralsModule, InquiriesModule, SupportModule],
  providers: [DemoDataLoader],
})
export class DemoModule {}
