/** The shape every locale's strings must have: the same keys as the Japanese catalog, all strings. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
