type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges message catalogs; later ones win key by key. */
export function mergeMessages<T extends object>(...catalogs: object[]): T {
  const out: Tree = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const current = out[key];
      out[key] = isTree(value) && isTree(current) ? mergeMessages(current, value) : isTree(value) ? mergeMessages(value) : value;
    }
  }
  return out as T;
}

/** Every key of a catalog as a dotted path ("ra.action.save"), for parity checks. */
export function messageKeys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    isTree(value) ? messageKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
