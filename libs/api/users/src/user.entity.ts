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

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'center_id', type: 'uuid', nullable: true })
  centerId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id hash; never leaves the API. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;
}
