export * from './contact.entities';
export * from './contacts.policy';
export * from './contacts.module';
