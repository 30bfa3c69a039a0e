import { drafts } from './drafts';

describe('drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('keys a draft by user, form and case, so another user or case never finds it', () => {
    const mine = drafts.keyOf({ userId: 'u1', form: 'outreach', caseId: 'c1' });
    drafts.write(mine, { summary: '訪問した' });
    expect(drafts.read(mine)).toEqual({ summary: '訪問した' });
    expect(drafts.read(drafts.keyOf({ userId: 'u2', form: 'outreach', caseId: 'c1' }))).toBeNull();
    expect(drafts.read(drafts.keyOf({ userId: 'u1', form: 'outreach', caseId: 'c2' }))).toBeNull();
    expect(drafts.read(drafts.keyOf({ userId: 'u1', form: 'interview', caseId: 'c1' }))).toBeNull();
    expect(drafts.keyOf({ userId: 'u1', form: 'case' })).toBe('tsunagu.draft.u1.case.new');
  });

  it('forgets a removed draft and reads anything unreadable as no draft', () => {
    const key = drafts.keyOf({ userId: 'u1', form: 'interview', caseId: 'c1' });
    drafts.write(key, { summary: 'x' });
    drafts.remove(key);
    expect(drafts.read(key)).toBeNull();
    sessionStorage.setItem(key, '{not json');
    expect(drafts.read(key)).toBeNull();
    sessionStorage.setItem(key, '["a"]');
    expect(drafts.read(key)).toBeNull();
  });
});
