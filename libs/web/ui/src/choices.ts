/** A choice whose `name` is an i18n key; react-admin translates it. */
export interface Choice {
  id: string;
  name: string;
}

/** One choice per value of a contracts enum, labelled `<prefix>.<value>`. */
export function choicesOf(values: readonly string[], prefix: string): Choice[] {
  return values.map((id) => ({ id, name: `${prefix}.${id}` }));
}
