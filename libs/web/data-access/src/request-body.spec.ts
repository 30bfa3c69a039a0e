import { createBody, updateBody } from './request-body';

const loaded = {
  id: 'c0a80101-0000-4000-8000-000000000001',
  email: 'sato@example.jp',
  name: '佐藤 美咲',
  role: 'coordinator',
  centerId: 'c0a80101-0000-4000-8000-0000000000aa',
  active: true,
  version: 3,
  createdAt: '2026-04-01T09:00:00+09:00',
  updatedAt: '2026-04-02T09:00:00+09:00',
};

describe('updateBody', () => {
  it('sends only the changed fields and the version the record was loaded at', () => {
    expect(updateBody({ ...loaded, name: '佐藤 みさき', active: false }, loaded)).toEqual({ name: '佐藤 みさき', active: false, version: 3 });
  });

  it('never sends server-owned fields, even when the form changed them', () => {
    const body = updateBody({ ...loaded, id: 'other', createdAt: 'x', updatedAt: 'y', version: 99 }, loaded);
    expect(body).toEqual({ version: 3 });
  });

  it('leaves out an optional new password left blank, and sends one that was typed', () => {
    expect(updateBody({ ...loaded, password: null }, loaded)).toEqual({ version: 3 });
    expect(updateBody({ ...loaded, password: '' }, loaded)).toEqual({ version: 3 });
    expect(updateBody({ ...loaded, password: 'a-new-password-2026' }, loaded)).toEqual({ password: 'a-new-password-2026', version: 3 });
  });

  it('sends a field cleared to null when the record had a value', () => {
    expect(updateBody({ ...loaded, role: 'admin', centerId: null }, loaded)).toEqual({ role: 'admin', centerId: null, version: 3 });
  });

  it('compares arrays and objects by value', () => {
    const before = { id: '1', version: 1, tags: ['a', 'b'] };
    expect(updateBody({ ...before, tags: ['a', 'b'] }, before)).toEqual({ version: 1 });
    expect(updateBody({ ...before, tags: ['a'] }, before)).toEqual({ tags: ['a'], version: 1 });
  });
});

describe('createBody', () => {
  it('drops blanks and server-owned fields, keeps false and zero', () => {
    expect(
      createBody({ id: 'x', name: '佐藤', email: 'sato@example.jp', centerId: null, note: '', extra: undefined, active: false, count: 0 }),
    ).toEqual({ name: '佐藤', email: 'sato@example.jp', active: false, count: 0 });
  });
});
