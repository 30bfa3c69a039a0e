export * from './referral.entities';
export * from './referrals.module';
