import { Foundation1764201600000 } from './1764201600000-foundation';
import { CasesConsents1764288000000 } from './1764288000000-cases-consents';
import { Contacts1764374400000 } from './1764374400000-contacts';
import { Referrals1764460800000 } from './1764460800000-referrals';

/** Every migration, oldest first. A new one is a new timestamped file, added here. */
export const MIGRATIONS = [Foundation1764201600000, CasesConsents1764288000000, Contacts1764374400000, Referrals1764460800000];
