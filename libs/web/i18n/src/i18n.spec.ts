import { AUDIT_ACTIONS, RESOURCES, ROLES } from '@tsunagu/contracts';
import { en, i18nProvider, ja, LOCALES, messageKeys } from './index';

const valueAt = (catalog: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const jaKeys = messageKeys(ja).sort();
  const enKeys = messageKeys(en).sort();

  it('ja and en have exactly the same keys', () => {
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
  });

  it('has no empty message and the same placeholders in both languages (our keys)', () => {
    // react-admin's own catalogs are taken as published (ra.boolean.null is empty on purpose).
    for (const key of jaKeys.filter((k) => !k.startsWith('ra.'))) {
      const jaText = valueAt(ja, key) as string;
      const enText = valueAt(en, key) as string;
      expect({ key, empty: jaText.trim() === '' || enText.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, vars: placeholders(jaText) }).toEqual({ key, vars: placeholders(enText) });
    }
  });

  it('labels every role and audit action of the contracts, and every resource the app shows', () => {
    for (const catalog of [ja, en]) {
      for (const role of ROLES) expect(typeof valueAt(catalog, `tsunagu.roles.${role}`)).toBe('string');
      for (const action of AUDIT_ACTIONS) expect(typeof valueAt(catalog, `tsunagu.audit.actions.${action}`)).toBe('string');
      for (const resource of Object.values(RESOURCES)) expect({ resource, named: typeof valueAt(catalog, `resources.${resource}.name`) }).toEqual({ resource, named: 'string' });
    }
  });

  it('keeps react-admin strings in Japanese', () => {
    expect(valueAt(ja, 'ra.action.save')).toBe('保存');
    expect(valueAt(en, 'ra.action.save')).toBe('Save');
  });
});

describe('i18nProvider', () => {
  it('speaks Japanese by default and offers English', async () => {
    expect(i18nProvider.getLocale()).toBe('ja');
    expect(i18nProvider.getLocales?.()).toEqual(LOCALES);
    expect(i18nProvider.translate('tsunagu.app.title')).toBe('つなぐ');
    expect(i18nProvider.translate('tsunagu.roles.coordinator')).toBe('ひきこもり支援コーディネーター');
    expect(i18nProvider.translate('tsunagu.dashboard.welcome', { name: '佐藤' })).toBe('ようこそ、佐藤さん');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('tsunagu.app.title')).toBe('Tsunagu');
    expect(i18nProvider.translate('resources.users.name', { smart_count: 2 })).toBe('Users');
    await i18nProvider.changeLocale('ja');
    expect(i18nProvider.translate('tsunagu.roles.staff')).toBe('連携担当職員');
  });
});
