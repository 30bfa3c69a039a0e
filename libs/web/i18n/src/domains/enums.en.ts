import { ENUM_LABELS_EN } from '@tsunagu/contracts';
import type { Catalog } from './catalog';
import type { enumsJa } from './enums.ja';

/** Labels of the contracts' enums in English: from the contracts' one catalog. */
export const enumsEn: Catalog<typeof enumsJa> = { tsunagu: { enums: ENUM_LABELS_EN } };
