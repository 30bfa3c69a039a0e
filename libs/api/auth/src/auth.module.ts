import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@tsunagu/api-core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionCache } from './session-cache';
import { SessionNotices } from './session-notices';
import { SessionsService } from './sessions.service';
import { TwoFactorService } from './two-factor.service';
import { WebSession } from './web-session';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given a string, jsonwebtoken re-derives the key on every verify.
        const key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    { provide: SessionCache, useFactory: () => new SessionCache() },
    SessionNotices,
    TwoFactorService,
    WebSession,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
