import type { ConsentGiver, ConsentMethod, ConsentPurpose, InfoCategory, Participant, Relationship, SummarySheetContactKind } from '@tsunagu/contracts';
import { sql, trusted, type Sql } from '@tsunagu/api-database';

/**
 * The statements behind the case summary sheet (ケース概要票). Each reads one case whose
 * visibility the caller has already checked (CaseAccess.findVisible); voided records never show.
 */

/** The names the sheet prints instead of ids: the center, the lead and second coordinators, who made it. */
export interface SheetNamesRow {
  center_name: string;
  made_by: string | null;
  lead_name: string | null;
  second_names: string[];
}

export const sheetNamesSql = (caseId: string, userId: string): Sql =>
  sql`SELECT ce.name AS center_name,
             (SELECT u.name FROM users u WHERE u.id = ${userId}) AS made_by,
             (SELECT u.name FROM users u WHERE u.id = c.lead_coordinator_id) AS lead_name,
             coalesce((SELECT array_agg(u.name ORDER BY u.name) FROM case_second_coordinators s JOIN users u ON u.id = s.user_id WHERE s.case_id = c.id), '{}') AS second_names
        FROM cases c JOIN centers ce ON ce.id = c.center_id
       WHERE c.id = ${caseId}`;

export interface SheetFamilyRow {
  relationship: Relationship;
  name: string;
  birth_year: number | null;
  lives_with_client: boolean;
  main_consulter: boolean;
}

export const sheetFamilySql = (caseId: string): Sql =>
  sql`SELECT f.relationship, f.name, f.birth_year, f.lives_with_client, f.main_consulter
        FROM family_members f
       WHERE f.case_id = ${caseId} AND f.voided_at IS NULL
       ORDER BY f.main_consulter DESC, f.created_at, f.id`;

export interface SheetConsentRow {
  purpose: ConsentPurpose;
  given_by: ConsentGiver;
  giver_relationship: Relationship | null;
  giver_name: string | null;
  agency_name: string | null;
  categories: InfoCategory[];
  method: ConsentMethod;
  given_on: string;
  expires_on: string | null;
  withdrawn_on: string | null;
}

/** Every consent of the case; the caller keeps those active on the day (the contracts' consent rule). */
export const sheetConsentsSql = (caseId: string): Sql =>
  sql`SELECT k.purpose, k.given_by, f.relationship AS giver_relationship,
             CASE k.given_by WHEN 'family' THEN f.name WHEN 'representative' THEN k.representative_name END AS giver_name,
             ag.name AS agency_name, k.categories, k.method, k.given_on, k.expires_on, k.withdrawn_on
        FROM consents k
        LEFT JOIN family_members f ON f.id = k.family_member_id
        LEFT JOIN agencies ag ON ag.id = k.agency_id
       WHERE k.case_id = ${caseId} AND k.voided_at IS NULL
       ORDER BY k.purpose, k.given_on, k.created_at`;

export interface SheetContactRow {
  kind: SummarySheetContactKind;
  at: Date;
  detail: string;
  title: string | null;
  participants: Participant[] | null;
  family: Relationship[] | null;
  duration_minutes: number | null;
  summary: string | null;
  confidential_note: string | null;
  created_by: string | null;
  recorded_by: string | null;
}

/** Relationships of the family members a record names, in a stable order. */
const relationshipsOf = (ids: string) =>
  trusted(`(SELECT coalesce(array_agg(f.relationship ORDER BY f.relationship), '{}') FROM family_members f WHERE f.id = ANY(${ids}))`);

/**
 * The case's contacts (interviews, outreach visits, program attendance) whose Japan day falls in
 * the period, oldest first.
 */
export function sheetContactsSql(caseId: string, from: string, to: string): Sql {
  const inPeriod = (at: string) => sql`(${trusted(at)} AT TIME ZONE 'Asia/Tokyo')::date BETWEEN ${from}::date AND ${to}::date`;
  return sql`SELECT t.*, u.name AS recorded_by FROM (
      SELECT 'interview' AS kind, i.held_at AS at, i.method AS detail, NULL AS title, i.participants,
             ${relationshipsOf('i.family_member_ids')} AS family,
             i.duration_minutes, i.summary, i.confidential_note, i.created_by
        FROM interviews i WHERE i.case_id = ${caseId} AND i.voided_at IS NULL AND ${inPeriod('i.held_at')}
      UNION ALL
      SELECT 'outreach_visit', o.visited_at, o.outcome, NULL,
             outreach_participants(o.outcome),
             ${relationshipsOf('o.family_member_ids')},
             o.duration_minutes, o.summary, o.confidential_note, o.created_by
        FROM outreach_visits o WHERE o.case_id = ${caseId} AND o.voided_at IS NULL AND ${inPeriod('o.visited_at')}
      UNION ALL
      SELECT 'attendance', (s.held_on::timestamp AT TIME ZONE 'Asia/Tokyo'), p.kind, p.name, ARRAY[a.attendee],
             (SELECT coalesce(array_agg(f.relationship), '{}') FROM family_members f WHERE f.id = a.family_member_id),
             NULL::int, s.topic, NULL, a.created_by
        FROM attendances a JOIN program_sessions s ON s.id = a.session_id JOIN programs p ON p.id = s.program_id
       WHERE a.case_id = ${caseId} AND a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${from}::date AND ${to}::date
    ) AS t
    LEFT JOIN users u ON u.id = t.created_by
    ORDER BY t.at, t.kind`;
}
