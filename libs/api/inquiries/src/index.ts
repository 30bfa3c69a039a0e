export * from './inquiry.entities';
export * from './inquiries.module';
