import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ENUM_LABELS_JA, labelOf } from '@tsunagu/contracts';
import { AuthUser, ExportNames, NameBook, RefKind, tenantOf } from '@tsunagu/api-core';
import { runSql, sql, trusted, type Sql } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';

/**
 * The names a list export shows instead of ids: colleagues by name, cases by number, agencies,
 * programs and sessions by name, family members by relationship and name. Only within the
 * user's center (an administrator, who has none, reads across centers what the lists show them).
 */
@Injectable()
export class ExportNamesService implements ExportNames {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async namesFor(actor: AuthUser, refs: Record<RefKind, string[]>): Promise<NameBook> {
    const center = tenantOf(actor);
    const inCenter = (column: string) => sql`(${center}::uuid IS NULL OR ${trusted(column)} = ${center}::uuid)`;
    const statements: Record<RefKind, (ids: string[]) => Sql> = {
      user: (ids) => sql`SELECT id, name FROM users WHERE id = ANY(${ids}::uuid[]) AND ${inCenter('center_id')}`,
      case: (ids) => sql`SELECT id, case_number AS name FROM cases WHERE id = ANY(${ids}::uuid[]) AND ${inCenter('center_id')}`,
      agency: (ids) => sql`SELECT id, name FROM agencies WHERE id = ANY(${ids}::uuid[]) AND ${inCenter('center_id')}`,
      family: (ids) =>
        sql`SELECT f.id, f.relationship, f.name FROM family_members f JOIN cases c ON c.id = f.case_id
             WHERE f.id = ANY(${ids}::uuid[]) AND ${inCenter('c.center_id')}`,
      center: (ids) => sql`SELECT id, name FROM centers WHERE id = ANY(${ids}::uuid[]) AND ${inCenter('id')}`,
      program: (ids) => sql`SELECT id, name FROM programs WHERE id = ANY(${ids}::uuid[]) AND ${inCenter('center_id')}`,
      session: (ids) =>
        sql`SELECT s.id, p.name || ' ' || to_char(s.held_on, 'YYYY/MM/DD') AS name FROM program_sessions s JOIN programs p ON p.id = s.program_id
             WHERE s.id = ANY(${ids}::uuid[]) AND ${inCenter('p.center_id')}`,
    };
    const book: NameBook = {};
    for (const [kind, ids] of Object.entries(refs) as Array<[RefKind, string[]]>) {
      if (!ids.length) continue;
      const rows = await runSql<{ id: string; name: string; relationship?: string }>(this.db, statements[kind](ids));
      book[kind] = new Map(rows.map((r) => [r.id, r.relationship ? `${labelOf(ENUM_LABELS_JA.relationship, r.relationship)} ${r.name}` : r.name]));
    }
    return book;
  }
}
