export * from './case.entity';
export * from './case-links.entity';
export * from './family-member.entity';
export * from './case-access.service';
export * from './cases.policy';
export * from './cases.module';
export * from './family-of-case';
