import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mayDo, REPORTS, rolesFor, ROLE_TABLE, ROUTE_ALSO_ANSWERS, routeRolesFor, type AccessSubject } from './access';
import { ROLES } from './roles';

const DOC = resolve(__dirname, '../../../../docs/domain.md');
const START = /<!-- role-table:start[^>]*-->\n/;
const END = '<!-- role-table:end -->';

/** The role table as docs/domain.md shows it: a row per subject, the actions each role may do. */
function renderRoleTable(): string {
  const rows = Object.entries(ROLE_TABLE).map(([subject, actions]) => {
    const cells = ROLES.map((role) => Object.keys(actions).filter((action) => rolesFor(subject as AccessSubject, action).includes(role)).join(', ') || '—');
    return `| \`${subject}\` | ${cells.join(' | ')} |`;
  });
  const also = Object.entries(ROUTE_ALSO_ANSWERS).map(([subject, actions]) => {
    const byRoles = new Map<string, string[]>();
    for (const [action, roles] of Object.entries(actions as Record<string, readonly string[]>)) {
      const key = roles.join(', ');
      byRoles.set(key, [...(byRoles.get(key) ?? []), action]);
    }
    return [...byRoles].map(([roles, list]) => `\`${subject}\` ${list.join(', ')} for ${roles}`).join('; ');
  });
  return [
    `| subject | ${ROLES.join(' | ')} |`,
    `|---|${ROLES.map(() => '---').join('|')}|`,
    ...rows,
    '',
    `The API also answers these routes for roles the table does not grant, with only what their record policy shows: ${also.join('; ')}.`,
    '',
  ].join('\n');
}

describe('the role table', () => {
  it('is the one docs/domain.md shows', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = START.exec(doc);
    const end = doc.indexOf(END);
    expect(start).not.toBeNull();
    const shown = doc.slice((start?.index ?? 0) + (start?.[0].length ?? 0), end);
    if (process.env['UPDATE_DOCS'] === '1' && shown !== renderRoleTable()) {
      writeFileSync(DOC, doc.slice(0, (start?.index ?? 0) + (start?.[0].length ?? 0)) + renderRoleTable() + doc.slice(end));
      return;
    }
    expect(shown).toBe(renderRoleTable());
  });

  it('lets whoever may list export, and nobody do what it does not name', () => {
    expect(mayDo('coordinator', 'interviews', 'export')).toBe(true);
    expect(mayDo('staff', 'interviews', 'export')).toBe(false);
    expect(mayDo('supervisor', 'cases', 'clone')).toBe(false);
    expect(mayDo('supervisor', 'nothing', 'list')).toBe(false);
    expect(mayDo('admin', REPORTS, 'choose_center')).toBe(true);
  });

  it('gives a route the roles of the table and those it also answers, never another', () => {
    expect(routeRolesFor('interviews', 'list')).toEqual(['supervisor', 'coordinator', 'staff']);
    expect(routeRolesFor('interviews', 'create')).toEqual(['supervisor', 'coordinator']);
    expect(routeRolesFor('centers', 'list')).toEqual(['admin', 'supervisor']);
    for (const [subject, actions] of Object.entries(ROUTE_ALSO_ANSWERS)) {
      for (const action of Object.keys(actions as object)) {
        expect(Object.keys(ROLE_TABLE[subject as AccessSubject])).toContain(action);
      }
    }
  });
});
