import { Column, Entity } from 'typeorm';
import type { Role } from '@tsunagu/contracts';
import { BaseRecord } from '@tsunagu/api-database';

@Entity({ name: 'users' })
export class User extends BaseRecord {
  /** Stored lower-case; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** The reading of the name (よみ), as typed. */
  @Column({ name: 'name_kana', type: 'text', nullable: true })
  nameKana: string | null;

  /** What lists sort by: the folded reading, or the folded name without one (computed by the database). */
  @Column({ name: 'sort_name', type: 'text', insert: false, update: false, select: false })
  sortName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'center_id', type: 'uuid', nullable: true })
  centerId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id hash; never leaves the API. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  /** Set by a reset (or a password an administrator chose): only the account's own routes answer until it is changed. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** Since when the user signs in with a second factor (TOTP); null without one. */
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;
}
