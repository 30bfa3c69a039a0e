import type { TimelineEntryDto } from '@tsunagu/contracts';
import { enumKey, type EnumName } from '@tsunagu/web-ui';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The enum a timeline entry's `detail` (and `title`, for some kinds) is a value of. */
const DETAIL_ENUM: Record<TimelineEntryDto['kind'], EnumName> = {
  interview: 'interview_method',
  outreach_visit: 'outreach_outcome',
  attendance: 'program_kind',
  consent_given: 'consent_purpose',
  consent_withdrawn: 'consent_purpose',
  status_change: 'case_status',
  referral: 'referral_status',
  inquiry: 'inquiry_method',
};

/** The resource behind a timeline entry a supervisor may void (contact records only). */
export const VOIDABLE: Partial<Record<TimelineEntryDto['kind'], string>> = {
  interview: 'interviews',
  outreach_visit: 'outreach-visits',
  attendance: 'attendances',
};

/** One line that says what happened, and the text under it, in the reader's language. */
export function describeEntry(entry: TimelineEntryDto, translate: Translate): { headline: string; text: string | null } {
  const t = (name: EnumName, value: string | null) => (value ? translate(enumKey(name, value), { _: value }) : '');
  const kind = translate(enumKey('timeline_kind', entry.kind));
  const detail = t(DETAIL_ENUM[entry.kind], entry.detail);
  switch (entry.kind) {
    case 'interview':
      return { headline: `${kind}・${detail}`, text: entry.summary };
    case 'outreach_visit':
      return { headline: [`${kind}・${detail}`, t('outreach_location', entry.title)].filter(Boolean).join('・'), text: entry.summary };
    case 'attendance':
      return { headline: `${kind}・${detail} ${entry.title ?? ''}`.trim(), text: entry.summary };
    case 'consent_given':
    case 'consent_withdrawn':
      return { headline: `${kind}: ${detail}（${t('consent_giver', entry.title)}）`, text: entry.summary };
    case 'status_change':
      return {
        headline: entry.title ? `${kind}: ${t('case_status', entry.title)} → ${detail}` : `${kind}: ${detail}`,
        // Closing says why by its reason; pausing, in the coordinator's words.
        text: entry.summary ? (entry.detail === 'closed' ? t('closure_reason', entry.summary) : entry.summary) : null,
      };
    case 'referral':
      return { headline: `${kind}: ${entry.title ?? ''} — ${detail}`, text: entry.summary };
    case 'inquiry': {
      // A first contact from before the case: how it came in and who called (相談受付・電話・家族).
      const caller = t('caller_type', entry.title);
      return { headline: [`${kind}・${detail}`, caller ? translate('tsunagu.inquiries.caller_was', { caller }) : ''].filter(Boolean).join('・'), text: entry.summary };
    }
  }
}

/**
 * Who took part and for how long, as one line: 本人・家族（母・父）・関係機関・30分. Null for
 * entries that are not contacts.
 */
export function describeWho(entry: TimelineEntryDto, translate: Translate): string | null {
  const parts = (entry.participants ?? []).map((p) => {
    const label = translate(enumKey('participant', p));
    if (p !== 'family' || !entry.familyRelationships?.length) return label;
    return `${label}（${entry.familyRelationships.map((r) => translate(enumKey('relationship', r))).join('・')}）`;
  });
  if (entry.durationMinutes) parts.push(translate('tsunagu.contacts.minutes', { n: entry.durationMinutes }));
  return parts.length ? parts.join('・') : null;
}

/** A contact the family had without 本人: marked, since most support starts that way. */
export const isFamilyOnly = (entry: TimelineEntryDto) =>
  (entry.participants ?? []).includes('family') && !(entry.participants ?? []).includes('client');
