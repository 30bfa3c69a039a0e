import { ENUM_LABELS_JA } from '@tsunagu/contracts';

/** Labels of the contracts' enums (`tsunagu.enums.<enum>.<value>`), in Japanese: from the contracts' one catalog. */
export const enumsJa = { tsunagu: { enums: ENUM_LABELS_JA } };
