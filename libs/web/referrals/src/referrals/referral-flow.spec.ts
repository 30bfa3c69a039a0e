import { canSend, referralSteps, sendBody, sendingCoverageQuery } from './referral-flow';

describe('referralSteps', () => {
  const tos = (...args: Parameters<typeof referralSteps>) => referralSteps(...args).map((s) => s.to);

  it('offers only the legal next steps', () => {
    expect(tos('planned', 'staff')).toEqual(['referred', 'cancelled']);
    expect(tos('referred', 'staff')).toEqual(['accepted', 'declined', 'cancelled']);
    expect(tos('accepted', 'coordinator')).toEqual(['completed', 'cancelled']);
    expect(tos('declined', 'supervisor')).toEqual([]);
    expect(tos('completed', 'supervisor')).toEqual([]);
    expect(tos('cancelled', 'supervisor')).toEqual([]);
  });

  it('offers nothing to a role that may not move referrals', () => {
    expect(tos('planned', 'admin')).toEqual([]);
    expect(tos('planned', null)).toEqual([]);
  });

  it('asks for the consent check before sending', () => {
    expect(referralSteps('planned', 'staff')[0]).toEqual({ to: 'referred', label: 'tsunagu.referrals.steps.referred', asks: 'send' });
  });
});

describe('sending', () => {
  it('asks the consent of the subject that names the agency', () => {
    expect(sendingCoverageQuery({ caseId: 'c1', agencyId: 'a1', subject: 'client', familyMemberId: null }, '2026-11-27')).toEqual({
      caseId: 'c1',
      purpose: 'information_sharing',
      on: '2026-11-27',
      subject: 'client',
      agencyId: 'a1',
    });
    expect(sendingCoverageQuery({ caseId: 'c1', agencyId: 'a1', subject: 'family', familyMemberId: 'f1' }, '2026-11-27')).toMatchObject({
      subject: 'family',
      familyMemberId: 'f1',
    });
  });

  it('sends under consent without naming the basis, and another basis with its reason', () => {
    expect(sendBody({ stepOn: '2026-11-27', basis: 'consent', basisReason: 'x', categories: ['basic'] })).toEqual({
      status: 'referred',
      stepOn: '2026-11-27',
      categories: ['basic'],
    });
    expect(sendBody({ stepOn: '2026-11-27', basis: 'vital_interest', basisReason: ' 緊急 ', categories: ['basic'] })).toEqual({
      status: 'referred',
      stepOn: '2026-11-27',
      categories: ['basic'],
      basis: 'vital_interest',
      basisReason: '緊急',
    });
  });

  it('may be confirmed only with a covering consent, or another basis with a reason, and something to share', () => {
    const base = { stepOn: '2026-11-27', basis: 'consent' as const, basisReason: '', categories: ['basic' as const] };
    expect(canSend(base, true)).toBe(true);
    expect(canSend(base, false)).toBe(false);
    expect(canSend({ ...base, categories: [] }, true)).toBe(false);
    expect(canSend({ ...base, basis: 'support_meeting' }, false)).toBe(false);
    expect(canSend({ ...base, basis: 'support_meeting', basisReason: '支援会議で合意' }, false)).toBe(true);
  });
});
