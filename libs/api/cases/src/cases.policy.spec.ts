import { RESOURCES } from '@tsunagu/contracts';
import { assertCan, type AuthUser } from '@tsunagu/api-core';
import { DataSource } from 'typeorm';
import { caseViewFor, scopeCases } from './cases.policy';

const user = (role: AuthUser['role']): AuthUser => ({ id: `${role}-id`, role, email: 'x@x', name: 'x', centerId: role === 'admin' ? null : 'center-1' });

/** The SQL a scope produces, built without a database connection. */
function scopedSql(actor: AuthUser) {
  const qb = new DataSource({ type: 'postgres' }).createQueryBuilder().select('c.id').from('cases', 'c');
  scopeCases(qb, 'c', actor);
  return qb.getQueryAndParameters();
}

describe('case policy', () => {
  it('gives supervisors and coordinators the full record, staff the referral view, admin nothing', () => {
    expect(caseViewFor(user('supervisor'))).toBe('full');
    expect(caseViewFor(user('coordinator'))).toBe('full');
    expect(caseViewFor(user('staff'))).toBe('referral');
    expect(() => caseViewFor(user('admin'))).toThrow('Administrators do not see case records');
  });

  it('confines every query to the center, excludes voided cases, and a coordinator to their cases', () => {
    const [supSql, supParams] = scopedSql(user('supervisor'));
    expect(supSql).toContain('c.voided_at IS NULL AND c.center_id = $1');
    expect(supParams).toEqual(['center-1']);
    expect(supSql).not.toContain('lead_coordinator_id');
    const [coordSql, coordParams] = scopedSql(user('coordinator'));
    expect(coordSql).toContain('c.lead_coordinator_id = $2 OR EXISTS');
    expect(coordParams).toEqual(['center-1', 'coordinator-id']);
    expect(() => scopedSql(user('admin'))).toThrow();
  });

  it('lets only a supervisor assign, close, reopen and void', () => {
    for (const move of ['assign', 'close', 'reopen', 'delete'] as const) {
      expect(() => assertCan(user('supervisor'), RESOURCES.cases, move, 'close a case')).not.toThrow();
      for (const role of ['coordinator', 'staff', 'admin'] as const) {
        expect(() => assertCan(user(role), RESOURCES.cases, move, 'close a case')).toThrow('Only a supervisor can close a case');
      }
    }
  });
});
