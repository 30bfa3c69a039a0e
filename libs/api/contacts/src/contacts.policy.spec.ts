import type { AuthUser } from '@tsunagu/api-core';
import { assertMayWriteNote, seesContactRecords, visibleNote } from './contacts.policy';

const user = (role: AuthUser['role'], id = `${role}-1`): AuthUser => ({ id, role, email: `${id}@x`, name: id, centerId: 'c1' });

describe('confidential notes', () => {
  it('are read by their author and by supervisors only', () => {
    expect(visibleNote(user('coordinator', 'author'), 'author', 'note')).toBe('note');
    expect(visibleNote(user('supervisor'), 'author', 'note')).toBe('note');
    expect(visibleNote(user('coordinator', 'colleague'), 'author', 'note')).toBeNull();
    expect(visibleNote(user('staff'), 'author', 'note')).toBeNull();
    expect(visibleNote(user('admin'), 'author', 'note')).toBeNull();
    expect(visibleNote(user('coordinator', 'author'), null, 'note')).toBeNull();
  });

  it('are written by their author only', () => {
    expect(() => assertMayWriteNote(user('coordinator', 'author'), 'author')).not.toThrow();
    expect(() => assertMayWriteNote(user('supervisor'), 'author')).toThrow('Only the author');
  });

  it('belong to records that staff and admin never see', () => {
    expect([seesContactRecords(user('supervisor')), seesContactRecords(user('coordinator'))]).toEqual([true, true]);
    expect([seesContactRecords(user('staff')), seesContactRecords(user('admin'))]).toEqual([false, false]);
  });
});
