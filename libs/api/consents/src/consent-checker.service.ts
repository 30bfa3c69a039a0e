import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { consentStateOn, type ConsentPurpose } from '@tsunagu/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Consent } from './consent.entity';

/** Whose consent is asked for: 本人 (or their legal representative), or one family member. */
export type ConsentSubject = { kind: 'client' } | { kind: 'family'; familyMemberId: string } | { kind: 'client_or_family' };

export interface ConsentQuestion {
  caseId: string;
  purpose: ConsentPurpose;
  /** YYYY-MM-DD, Japan time. */
  on: string;
  subject: ConsentSubject;
  /** For information sharing: the agency the consent must name. */
  agencyId?: string;
}

function givenBySubject(c: Consent, subject: ConsentSubject): boolean {
  switch (subject.kind) {
    case 'client':
      return c.givenBy === 'client' || c.givenBy === 'representative';
    case 'family':
      return c.givenBy === 'family' && c.familyMemberId === subject.familyMemberId;
    case 'client_or_family':
      return true;
  }
}

/**
 * The one place that answers "is there an active consent for purpose P (and agency A) from
 * subject S on day D?". Outreach visits and referrals ask here and nowhere else.
 */
@Injectable()
export class ConsentChecker {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The active consent that covers the question (the most recently given), or null. */
  async findActive(q: ConsentQuestion, m: EntityManager = this.db.manager): Promise<Consent | null> {
    const candidates = await m.find(Consent, {
      where: { caseId: q.caseId, purpose: q.purpose, voidedAt: IsNull() },
      order: { givenOn: 'DESC', createdAt: 'DESC' },
    });
    return (
      candidates.find(
        (c) =>
          consentStateOn(c, q.on) === 'active' &&
          givenBySubject(c, q.subject) &&
          (q.agencyId === undefined || c.agencyId === q.agencyId),
      ) ?? null
    );
  }
}
