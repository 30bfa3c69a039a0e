type Values = Record<string, unknown>;

const PREFIX = 'tsunagu.draft.';

/** What a draft belongs to: the signed-in user, the form (interview, outreach, case…) and the case, if any. */
interface DraftOwner {
  userId: string;
  form: string;
  caseId?: string | null;
}

/**
 * Unsaved entry forms, kept in this tab's sessionStorage until saved, discarded, or the person signs
 * out on purpose: typed text survives a trip to another tab of the case or another page, and an
 * automatic sign-out (idle, or a session ended by the API), and is gone when the browser tab
 * closes. The key names the user, so another user of the same browser never sees it.
 */
export const drafts = {
  keyOf({ userId, form, caseId }: DraftOwner): string {
    return `${PREFIX}${userId}.${form}.${caseId ?? 'new'}`;
  },
  read(key: string): Values | null {
    try {
      const raw = sessionStorage.getItem(key);
      const value: unknown = raw ? JSON.parse(raw) : null;
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : null;
    } catch {
      return null;
    }
  },
  write(key: string, values: Values): void {
    try {
      sessionStorage.setItem(key, JSON.stringify(values));
    } catch {
      /* storage full or disabled: the form still works, only without a draft */
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
  /** Every draft of this browser tab, whoever's: when someone signs out on purpose (never automatically). */
  clearAll(): void {
    try {
      const keys = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).filter(
        (key): key is string => !!key?.startsWith(PREFIX),
      );
      keys.forEach((key) => sessionStorage.removeItem(key));
    } catch {
      /* nothing to clear */
    }
  },
};
