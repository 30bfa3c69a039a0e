export * from './consent.entity';
export * from './consent-checker.service';
export * from './consents.module';
export * from './consents.service';
