import type { InquiryDto } from '@tsunagu/contracts';
import { casePrefillOf, referralRouteOf } from './case-prefill';

const inquiry = (over: Partial<InquiryDto> = {}): InquiryDto => ({
  id: 'i1',
  centerId: 'c1',
  chainId: 'ch1',
  chainCaseId: null,
  chainSize: 1,
  receivedAt: '2026-12-01T01:15:00.000Z',
  method: 'phone',
  durationMinutes: null,
  callerType: 'family',
  callerRelationship: 'mother',
  callerAgencyType: null,
  callerAgencyId: null,
  callerName: null,
  nickname: 'さくら',
  callerNumber: null,
  phoneLast4: null,
  personAgeBand: '30s',
  personSex: 'male',
  personMunicipality: '水戸市',
  withdrawnFor: null,
  personSituation: null,
  route: 'web_search',
  concerns: ['withdrawal'],
  summary: '息子が3年ほど自室から出ない。',
  outcome: 'informed',
  referredAgencyId: null,
  referredAgencyName: null,
  confidentialNote: null,
  createdBy: 'u1',
  version: 1,
  createdAt: '2026-12-01T01:16:00.000Z',
  voidedAt: null,
  voidedBy: null,
  voidReason: null,
  ...over,
});

describe('referralRouteOf', () => {
  it('names 本人 or the family when they called', () => {
    expect(referralRouteOf({ callerType: 'self', route: 'school' })).toBe('self');
    expect(referralRouteOf({ callerType: 'family', route: 'school' })).toBe('family');
  });

  it('otherwise follows how the caller heard of the center', () => {
    const of = (route: InquiryDto['route']) => referralRouteOf({ callerType: 'agency', route });
    expect(of('municipal_office')).toBe('municipal_office');
    expect(of('medical_institution')).toBe('medical_institution');
    expect(of('school')).toBe('school');
    expect(of('acquaintance')).toBe('acquaintance');
    expect(of('web_search')).toBe('website');
    expect(of('public_relations')).toBe('website');
    expect(of('public_health_center')).toBe('other_agency');
    expect(of('other_agency')).toBe('other_agency');
    expect(referralRouteOf({ callerType: 'other', route: 'other' })).toBe('other');
  });

  it('falls back to another agency for an agency caller, and to nothing for anyone else', () => {
    expect(referralRouteOf({ callerType: 'agency', route: null })).toBe('other_agency');
    expect(referralRouteOf({ callerType: 'other', route: null })).toBeNull();
  });
});

describe('casePrefillOf', () => {
  it('fills the case from a family call: sex, municipality, chief concern; no name yet, no contact with 本人', () => {
    expect(casePrefillOf(inquiry())).toEqual({
      clientName: '',
      clientNameKana: '',
      birthYear: null,
      sex: 'male',
      municipality: '水戸市',
      referralRoute: 'family',
      chiefConcern: '息子が3年ほど自室から出ない。',
      clientContact: 'none',
    });
  });

  it("takes 本人's name when 本人 called and gave it, with direct contact", () => {
    const prefill = casePrefillOf(inquiry({ callerType: 'self', callerRelationship: null, callerName: '田中 翔太', nickname: null, personSex: null }));
    expect(prefill).toMatchObject({ clientName: '田中 翔太', sex: 'unknown', referralRoute: 'self', clientContact: 'direct' });
  });
});
