import { japanDate } from '@tsunagu/contracts';
import { sql, type Sql } from '@tsunagu/api-database';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Adds what a case answer shows beyond its row, to a query over `cases c`: the second
 * coordinators (`second_ids`) and whether a parent aged 70 or more lives with 本人
 * (`elderly_parent_at_home`, half of the 8050 flag; the other half is 本人's age).
 */
export function withCaseExtras<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .addSelect(`coalesce((SELECT array_agg(s.user_id ORDER BY s.user_id) FROM case_second_coordinators s WHERE s.case_id = c.id), '{}')`, 'second_ids')
    .addSelect(
      `EXISTS (SELECT 1 FROM family_members f WHERE f.case_id = c.id AND f.voided_at IS NULL AND f.lives_with_client
         AND f.relationship IN ('mother', 'father') AND f.birth_year <= :seventyYearsAgo)`,
      'elderly_parent_at_home',
    )
    .setParameter('seventyYearsAgo', Number(japanDate().slice(0, 4)) - 70);
}

/** A row of duplicateCandidatesSql: limited fields only. */
export interface DuplicateRow {
  id: string;
  case_number: string;
  client_name: string;
  birth_year: number | null;
  lead_id: string;
  lead_name: string;
}

/**
 * Cases of the center with the same folded name or kana reading and a compatible birth year (the
 * same, or unknown on either side), newest first; a case merged into another is that other one.
 */
export function duplicateCandidatesSql(q: { centerId: string; name: string; kana: string; birthYear: number | null }): Sql {
  return sql`SELECT c.id, c.case_number, c.client_name, c.birth_year, u.id AS lead_id, u.name AS lead_name
           FROM cases c JOIN users u ON u.id = c.lead_coordinator_id
          WHERE c.center_id = ${q.centerId} AND c.voided_at IS NULL AND c.merged_into_id IS NULL
            AND ((c.search_name = ${q.name} AND ${q.name} <> '') OR (c.search_kana = ${q.kana} AND ${q.kana} <> ''))
            AND (${q.birthYear}::int IS NULL OR c.birth_year IS NULL OR c.birth_year = ${q.birthYear}::int)
          ORDER BY c.opened_on DESC
          LIMIT 20`;
}

/** Takes the next `count` numbers of a center's fiscal year, from a counter row locked by the upsert (never repeats). */
export function nextCaseNumberSql(centerId: string, fiscalYear: number, count: number): Sql {
  return sql`WITH next AS (
         INSERT INTO case_number_counters (center_id, fiscal_year, last_seq) VALUES (${centerId}, ${fiscalYear}, ${count}::int)
         ON CONFLICT (center_id, fiscal_year) DO UPDATE SET last_seq = case_number_counters.last_seq + ${count}::int
         RETURNING last_seq)
       SELECT c.code, next.last_seq FROM next, centers c WHERE c.id = ${centerId}`;
}

/** The case's support plan in force, if a goal of it has not been evaluated (closing asks for the plan's evaluation). */
export function unevaluatedPlanSql(caseId: string): Sql {
  return sql`SELECT p.id FROM support_plans p
         WHERE p.case_id = ${caseId} AND p.superseded_by_id IS NULL AND p.voided_at IS NULL
           AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.goals) g WHERE g->>'result' IS NULL)`;
}
