/** A catalog with the same groups and keys as `T`, every label a string (another language's twin). */
export type LabelsOf<T> = { [G in keyof T]: { [K in keyof T[G]]: string } };

/** The label of an enum value, or the value itself when the catalog has none (never an empty cell). */
export const labelOf = (labels: Record<string, string>, value: string): string => labels[value] ?? value;
