import { canRequestClosure, caseFormToApi, caseMoves, isFullCase } from './case-form';

describe('caseFormToApi', () => {
  it('sends the birth year only when there is no birth date', () => {
    expect(caseFormToApi({ clientName: '田中 翔太', birthDate: '1984-06-02', birthYear: 1983 })).toEqual({
      clientName: '田中 翔太',
      birthDate: '1984-06-02',
    });
    expect(caseFormToApi({ clientName: '田中 翔太', birthDate: null, birthYear: 1984 })).toEqual({
      clientName: '田中 翔太',
      birthDate: null,
      birthYear: 1984,
    });
  });

  it('trims the kana reading', () => {
    expect(caseFormToApi({ clientNameKana: ' たなか しょうた ' })).toEqual({ clientNameKana: 'たなか しょうた' });
  });
});

describe('caseMoves', () => {
  const tos = (status: Parameters<typeof caseMoves>[0], role: Parameters<typeof caseMoves>[1]) => caseMoves(status, role).map((m) => m.to);

  it('offers a supervisor every legal move, closing with a reason', () => {
    expect(tos('intake', 'supervisor')).toEqual(['active', 'closed']);
    expect(tos('active', 'supervisor')).toEqual(['paused', 'closed']);
    expect(tos('paused', 'supervisor')).toEqual(['active', 'closed']);
    expect(caseMoves('closed', 'supervisor')).toEqual([{ to: 'active', label: 'tsunagu.cases.moves.reopen', asks: 'confirm' }]);
    expect(caseMoves('active', 'supervisor').find((m) => m.to === 'closed')?.asks).toBe('closure');
  });

  it('never offers a coordinator to close or reopen', () => {
    expect(tos('intake', 'coordinator')).toEqual(['active']);
    expect(tos('active', 'coordinator')).toEqual(['paused']);
    expect(tos('paused', 'coordinator')).toEqual(['active']);
    expect(tos('closed', 'coordinator')).toEqual([]);
  });

  it('offers staff and admins nothing', () => {
    expect(tos('active', 'staff')).toEqual([]);
    expect(tos('active', 'admin')).toEqual([]);
  });

  it('labels starting and resuming differently', () => {
    expect(caseMoves('intake', 'coordinator')[0].label).toBe('tsunagu.cases.moves.start');
    expect(caseMoves('paused', 'coordinator')[0].label).toBe('tsunagu.cases.moves.resume');
  });
});

describe('closure requests and views', () => {
  it('lets a coordinator ask once, on an open case', () => {
    expect(canRequestClosure({ status: 'active', closureRequested: false }, 'coordinator')).toBe(true);
    expect(canRequestClosure({ status: 'active', closureRequested: true }, 'coordinator')).toBe(false);
    expect(canRequestClosure({ status: 'closed', closureRequested: false }, 'coordinator')).toBe(false);
    expect(canRequestClosure({ status: 'active', closureRequested: false }, 'supervisor')).toBe(false);
  });

  it('tells the full record from the referral view', () => {
    expect(isFullCase({ id: '1', status: 'active' })).toBe(true);
    expect(isFullCase({ id: '1', caseNumber: 'TSA-2026-0001' })).toBe(false);
  });
});
