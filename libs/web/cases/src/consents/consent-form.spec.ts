import { consentFormToApi, consentStateToday } from './consent-form';

describe('consentFormToApi', () => {
  const base = { caseId: 'c1', method: 'written', givenOn: '2026-11-20' };

  it('keeps the family member of a family consent and drops what does not apply', () => {
    expect(
      consentFormToApi({ ...base, givenBy: 'family', familyMemberId: 'f1', representativeName: 'x', purpose: 'outreach', agencyId: 'a1', categories: ['basic'] }),
    ).toEqual({ ...base, givenBy: 'family', familyMemberId: 'f1', purpose: 'outreach' });
  });

  it('keeps agency and categories for information sharing', () => {
    expect(consentFormToApi({ ...base, givenBy: 'client', familyMemberId: 'f1', purpose: 'information_sharing', agencyId: 'a1', categories: ['basic'] })).toEqual({
      ...base,
      givenBy: 'client',
      purpose: 'information_sharing',
      agencyId: 'a1',
      categories: ['basic'],
    });
  });

  it('keeps a representative name only for a representative', () => {
    expect(consentFormToApi({ ...base, givenBy: 'representative', representativeName: '成年後見人 山田', purpose: 'consultation' })).toMatchObject({
      representativeName: '成年後見人 山田',
    });
  });
});

describe('consentStateToday', () => {
  it('follows the consent rule of the contracts', () => {
    expect(consentStateToday({ givenOn: '2026-04-01', expiresOn: null, withdrawnOn: null }, '2026-11-27')).toBe('active');
    expect(consentStateToday({ givenOn: '2026-04-01', expiresOn: '2026-09-30', withdrawnOn: null }, '2026-11-27')).toBe('expired');
    expect(consentStateToday({ givenOn: '2026-04-01', expiresOn: null, withdrawnOn: '2026-11-27' }, '2026-11-27')).toBe('withdrawn');
    expect(consentStateToday({ givenOn: '2026-12-01', expiresOn: null, withdrawnOn: null }, '2026-11-27')).toBe('not_yet');
  });
});
