import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, validateConfig } from './app-config';

/** Validates the environment once at boot and provides the typed `AppConfig` everywhere. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig })],
      providers: [{ provide: AppConfig, useFactory: () => validateConfig(process.env) }],
      exports: [AppConfig],
    };
  }
}
