import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OwnAccount, Public, RequestWithUser } from '@tsunagu/api-core';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, SecondFactorDto, TwoFactorCodeDto } from './login.dto';
import type { SessionUser } from './sessions.service';
import { TwoFactorService } from './two-factor.service';

type SignedInRequest = Request & RequestWithUser & { user: SessionUser };

/** The client's address as the server sees it (behind a reverse proxy: set TRUST_PROXY). */
const addressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ accessToken | csrfToken, user, session }, or { secondFactorRequired, challenge } for an account with a second factor' })
  @ApiUnauthorizedResponse({ description: 'Unknown email or wrong password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins from this address (LOGIN_THROTTLED) or for this account (LOGIN_LOCKED)' })
  login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.login(dto, addressOf(req), req, res);
  }

  @Post('login/second-factor')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ accessToken | csrfToken, user, session }' })
  @ApiUnauthorizedResponse({ description: 'A wrong or used code (SECOND_FACTOR_INVALID), or a challenge older than five minutes' })
  @ApiTooManyRequestsResponse({ description: 'Codes count toward the same limits as passwords' })
  secondFactor(@Body() dto: SecondFactorDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.secondFactor(dto, addressOf(req), req, res);
  }

  @Get('me')
  @OwnAccount()
  me(@Req() req: SignedInRequest, @Res({ passthrough: true }) res: Response) {
    return this.auth.me(req.user, req, res);
  }

  @Post('logout')
  @OwnAccount()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended, on every instance' })
  async logout(@Req() req: SignedInRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.user, res);
  }

  @Put('password')
  @OwnAccount()
  @ApiOkResponse({ description: 'The session goes on; every other session of the user has ended' })
  changePassword(@Req() req: SignedInRequest, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(req.user, dto, addressOf(req));
  }

  @Post('two-factor/setup')
  @OwnAccount()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ secret, otpauthUrl, qrCode }: scan the QR code with an authenticator app, then confirm a code' })
  setupTwoFactor(@Req() req: SignedInRequest) {
    return this.twoFactor.setup(req.user);
  }

  @Post('two-factor/enable')
  @OwnAccount()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ recoveryCodes }: ten one-time codes, shown this once' })
  enableTwoFactor(@Req() req: SignedInRequest, @Body() dto: TwoFactorCodeDto) {
    return this.twoFactor.enable(req.user, dto.code, addressOf(req));
  }

  @Post('two-factor/recovery-codes')
  @OwnAccount()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ recoveryCodes }: ten new one-time codes; the earlier ones stop working' })
  renewRecoveryCodes(@Req() req: SignedInRequest, @Body() dto: TwoFactorCodeDto) {
    return this.twoFactor.renewRecoveryCodes(req.user, dto.code, addressOf(req));
  }
}
