export * from './agency.entity';
export * from './agencies.module';
export * from './agencies.service';
export * from './agencies-of-center';
