import { useEffect, useState } from 'react';
import { useGetIdentity } from 'react-admin';
import type { Role } from '@tsunagu/contracts';

/** `value`, once it has stopped changing for `delay` ms (the duplicate check waits for typing to pause). */
export function useDebouncedValue<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export interface Me {
  id: string | null;
  name: string;
  role: Role | null;
  centerId: string | null;
}

/** The signed-in user: id, name, role and center. */
export function useMe(): Me {
  const { identity } = useGetIdentity();
  return {
    id: (identity?.id as string | undefined) ?? null,
    name: identity?.fullName ?? '',
    role: (identity?.['role'] as Role | undefined) ?? null,
    centerId: (identity?.['centerId'] as string | null | undefined) ?? null,
  };
}

/** A value kept in localStorage between visits (e.g. the last interview method used). */
export const remembered = {
  get<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    try {
      const value = localStorage.getItem(`tsunagu.${key}`);
      return value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
    } catch {
      return fallback;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(`tsunagu.${key}`, value);
    } catch {
      /* private mode: nothing to remember */
    }
  },
};
