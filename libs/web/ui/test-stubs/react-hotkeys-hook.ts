import type { ReactNode } from 'react';

// react-hotkeys-hook ships ES modules only, which Jest's CommonJS runtime cannot load. Component
// tests do not press react-admin's keyboard shortcuts, so a stand-in that registers nothing will do.
const noop = () => undefined;
export const useHotkeys = () => ({ current: null });
export const HotkeysProvider = ({ children }: { children: ReactNode }) => children;
export const useHotkeysContext = () => ({ enabledScopes: [], activeScopes: [], enableScope: noop, disableScope: noop, toggleScope: noop });
export const isHotkeyPressed = () => false;
