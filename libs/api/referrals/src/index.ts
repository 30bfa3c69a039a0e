export * from './referral.entities';
export * from './referrals.module';
export * from './referrals.service';
export { DisclosuresService } from './disclosures.service';
