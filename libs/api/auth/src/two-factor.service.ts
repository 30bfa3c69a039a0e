import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify, type VerifyResult } from 'otplib';
import { toDataURL } from 'qrcode';
import type { RecoveryCodes, TwoFactorSetup } from '@tsunagu/contracts';
import { AppConfig, AuthUser, DomainError } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager } from 'typeorm';
import { SecretBox } from './secret-box';

/** How a second factor was given at sign-in. */
export type SecondFactorKind = 'totp' | 'recovery_code';

/** Codes from the step before or after are taken too: phones' clocks drift, and typing takes time. */
const TOLERANCE_SECONDS = 30;
const RECOVERY_CODES = 10;
/** Lower-case letters and digits that are not mistaken for one another when copied from paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const hashRecoveryCode = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** otplib's verify with its default (TOTP) strategy, whose result names the time step that matched. */
const totp = (options: Parameters<typeof verify>[0]) => verify(options) as Promise<VerifyResult>;

const twoFactorState = (message: string) => new DomainError('conflict', 'TWO_FACTOR_STATE', message);

/**
 * The second factor: a TOTP secret set up with an authenticator app (a QR code to scan, then one
 * code to confirm), and ten one-time recovery codes stored hashed. A code is taken once (its time
 * step is remembered, so the same code cannot be replayed, on any instance).
 */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.JWT_SECRET);
  }

  /** A new secret, kept pending until a code from it confirms it. */
  async setup(actor: AuthUser): Promise<TwoFactorSetup> {
    const [user] = (await this.db.query(`SELECT email, totp_enabled_at FROM users WHERE id = $1`, [actor.id])) as Array<{ email: string; totp_enabled_at: Date | null }>;
    if (user.totp_enabled_at) throw twoFactorState('The second factor is already set up; an administrator can reset it');
    const secret = generateSecret();
    await this.db.query(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [actor.id, this.box.seal(secret)]);
    const otpauthUrl = generateURI({ issuer: 'Tsunagu', label: user.email, secret });
    return { secret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
  }

  /** Confirms the pending secret with a code from the app; answers the recovery codes, once. */
  async enable(actor: AuthUser, code: string, address: string): Promise<RecoveryCodes> {
    const [user] = (await this.db.query(`SELECT totp_pending_secret, totp_enabled_at FROM users WHERE id = $1`, [actor.id])) as Array<{
      totp_pending_secret: string | null;
      totp_enabled_at: Date | null;
    }>;
    if (user.totp_enabled_at) throw twoFactorState('The second factor is already set up');
    const secret = user.totp_pending_secret ? this.box.open(user.totp_pending_secret) : null;
    if (!secret) throw twoFactorState('Start the set-up first (POST /auth/two-factor/setup)');
    const checked = await totp({ secret, token: code, epochTolerance: TOLERANCE_SECONDS });
    if (!checked.valid) {
      await this.recordFailure(actor.id, actor.centerId, address, 'enrol');
      throw invalidCode();
    }
    return this.db.transaction(async (m) => {
      const [, enabled] = (await m.query(
        `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2
          WHERE id = $1 AND totp_enabled_at IS NULL AND totp_pending_secret = $3`,
        [actor.id, checked.timeStep, user.totp_pending_secret],
      )) as [unknown, number];
      if (!enabled) throw twoFactorState('The set-up changed meanwhile; start it again');
      const codes = await this.newRecoveryCodes(m, actor.id);
      await this.audit.record({ actor, action: 'two_factor_enrol', entity: 'user', entityId: actor.id }, m);
      return codes;
    });
  }

  /** Ten new recovery codes (the old ones stop working), for a signed-in user who gives a current code. */
  async renewRecoveryCodes(actor: AuthUser, code: string, address: string): Promise<RecoveryCodes> {
    if ((await this.check(actor.id, code)) !== 'totp') {
      await this.recordFailure(actor.id, actor.centerId, address, 'recovery_codes');
      throw invalidCode();
    }
    return this.db.transaction(async (m) => {
      const codes = await this.newRecoveryCodes(m, actor.id);
      await this.audit.record({ actor, action: 'two_factor_enrol', entity: 'user', entityId: actor.id, detail: { recoveryCodesRenewed: true } }, m);
      return codes;
    });
  }

  /**
   * Whether `code` is the user's current TOTP code (six digits, not used before) or one of their
   * unused recovery codes (then used up). Null when it is neither.
   */
  async check(userId: string, code: string): Promise<SecondFactorKind | null> {
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      const [user] = (await this.db.query(`SELECT totp_secret, totp_last_step FROM users WHERE id = $1`, [userId])) as Array<{
        totp_secret: string | null;
        totp_last_step: string | null;
      }>;
      const secret = user?.totp_secret ? this.box.open(user.totp_secret) : null;
      if (!secret) return null;
      const last = user.totp_last_step === null ? undefined : Number(user.totp_last_step);
      const checked = await totp({ secret, token: trimmed, epochTolerance: TOLERANCE_SECONDS, afterTimeStep: last });
      if (!checked.valid) return null;
      // Taken once: a second use of the same code (here or on another instance) finds the step already stored.
      const [, taken] = (await this.db.query(
        `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [userId, checked.timeStep],
      )) as [unknown, number];
      return taken ? 'totp' : null;
    }
    const [, used] = (await this.db.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, hashRecoveryCode(trimmed)],
    )) as [unknown, number];
    return used ? 'recovery_code' : null;
  }

  /** A wrong code, on the audit trail: it counts toward the account's and the address's failure limits. */
  recordFailure(userId: string, centerId: string | null, address: string, stage: 'sign_in' | 'enrol' | 'recovery_codes'): Promise<void> {
    return this.audit.record({ actor: null, action: 'two_factor_failed', entity: 'user', entityId: userId, centerId, detail: { address, stage } });
  }

  private async newRecoveryCodes(m: EntityManager, userId: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await m.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await m.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, codes.map(hashRecoveryCode)]);
    return { recoveryCodes: codes };
  }
}

const invalidCode = () => new DomainError('unauthenticated', 'SECOND_FACTOR_INVALID', 'The code is not right, or was used already');
