import { fiscalYear, japanDate, japaneseFiscalYear, type ActivityReport, type CaseloadReport, type Role } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { shortcutPeriod } from './period';
import { ReportsPage } from './ReportsPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flush = async () => {
  for (let i = 0; i < 8; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

const authAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '監督 一郎', role, centerId: 'center-a' }),
  canAccess: async () => true,
});

const zeros = {
  leadCases: 0, secondCases: 0, newCases: 0, closedCases: 0, contacts: 0, interviews: 0, outreachVisits: 0, attendances: 0,
  noContact30: 0, noContact60: 0, noContact90: 0, overdueFollowUps: 0, familyOnlyCases: 0, cases8050: 0, assessmentsOverdue: 0, assessmentsDueSoon: 0, notAssessed: 0, planReviewsOverdue: 0, planReviewsDueSoon: 0, noPlan: 0,
};
const caseload = (from: string, to: string): CaseloadReport => ({
  from,
  to,
  rows: [{ coordinatorId: 'u2', coordinatorName: '相談 花子', ...zeros, leadCases: 12, noContact90: 2, cases8050: 1 }],
  totals: { ...zeros, leadCases: 12, noContact90: 2, cases8050: 1 },
});
const activity = (from: string, to: string): ActivityReport => ({
  from,
  to,
  uniqueCases: 1234,
  totalContacts: 5678,
  newCases: 3,
  continuingCases: 1200,
  reopenedCases: 31,
  byMethod: { in_person: 2, phone: 1 },
  byParticipant: { client: 1, family: 2, agency: 0 },
  byAgeDecade: { under_10: 0, '10s': 0, '20s': 1, '30s': 0, '40s': 1, '50s': 0, '60s': 0, '70_plus': 0, unknown: 0 },
  bySex: { female: 1, male: 1 },
  byDurationBand: { under_6m: 0, '6m_1y': 0, '1_3y': 0, '3_5y': 1, '5_7y': 0, '7_10y': 0, '10_20y': 1, '20y_plus': 0, unknown: 0 },
  outreachByOutcome: {},
  programs: { sessions: 0, attendances: 0, uniqueCases: 0 },
  referralsByAgencyType: { hello_work: { referred: 1 } },
  closuresByReason: {},
  conferences: { byKind: {} as ActivityReport['conferences']['byKind'], casesDiscussed: 0, outsideAgenciesByType: {} },
  planReviews: { total: 0, onTime: 0 },
  consultations: {
    firstContacts: 14,
    repeatContacts: 6,
    persons: { total: 1251, withCase: 1234, withoutCase: 17 },
    contacts: { total: 5698, withCase: 5681, withoutCase: 17 },
    byCallerType: { self: 3, family: 15, agency: 2, other: 0 },
    byMethod: { phone: 17, visit: 2, email: 1, online_form: 0, letter: 0, other: 0 },
    byRoute: { municipal_office: 4, public_health_center: 0, medical_institution: 0, school: 0, family_association: 2, web_search: 5, public_relations: 0, acquaintance: 0, other_agency: 0, other: 0, unknown: 6 },
    byAgeBand: { under_10: 0, '10s': 2, '20s': 5, '30s': 4, '40s': 3, '50s': 1, '60s': 0, '70_plus': 0, unknown: 2 },
    byMunicipality: { みなと市: 9, '': 3, 北区: 5 },
    convertedToCases: 4,
  },
  contactsByMonth: { [from.slice(0, 7)]: { in_person: 2, phone: 1 } },
});

describe('ReportsPage', () => {
  let root: Root;
  let saved: string[];
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
    saved = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:tsunagu/1'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    // recharts measures nothing in jsdom and says so.
    jest.spyOn(globalThis.console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = '';
    jest.restoreAllMocks();
  });

  const fakeProvider = () => {
    const report = jest.fn(async (name: string, { from, to }: { from: string; to: string }) =>
      name === 'caseload' ? caseload(from, to) : activity(from, to),
    );
    // The API names the file with the period (tsunagu-activity-2026-04-01-2027-03-31.csv).
    const reportCsv = jest.fn(async (name: string, { from, to }: { from: string; to: string }) => ({
      blob: new Blob(['\ufeff区分,項目,内訳,件数']),
      filename: `tsunagu-${name}-${from}-${to}.csv`,
    }));
    return { report, reportCsv };
  };

  const render = async (role: Role, dataProvider: Record<string, unknown>) => {
    await act(async () => {
      root.render(
        <AdminContext
          dataProvider={dataProvider as unknown as DataProvider}
          authProvider={authAs(role)}
          i18nProvider={i18nProvider}
          store={memoryStore()}
        >
          <ReportsPage />
        </AdminContext>,
      );
    });
    await flush();
  };
  const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
  const text = () => document.body.textContent ?? '';
  const today = japanDate();

  it('asks a supervisor’s reports for this month, then for this fiscal year in one click, and downloads its CSV', async () => {
    const provider = fakeProvider();
    await render('supervisor', provider);
    const month = shortcutPeriod('this_month', today);
    expect(provider.report).toHaveBeenCalledWith('caseload', month);
    expect(provider.report).toHaveBeenCalledWith('activity', { ...month, centerId: undefined });
    expect(text()).toContain('相談 花子');
    expect(document.querySelector('[data-alert="error"]')?.textContent).toBe('2');
    expect(document.querySelector('[data-testid="kpi-uniqueCases"]')?.textContent).toContain('1,234');
    // 相談受付: the headline figures, persons and contacts split by whether they have a case, and the breakdowns.
    const consultations = document.querySelector('section[data-testid="consultations"]') as HTMLElement;
    expect(consultations.querySelector('h3')?.textContent).toBe('相談受付');
    const tile = (k: string) => consultations.querySelector(`[data-testid="consultations-${k}"]`)?.textContent;
    expect(tile('firstContacts')).toContain('初回相談14');
    expect(tile('repeatContacts')).toContain('継続相談6');
    expect(tile('persons')).toContain('相談の実人数1,251ケースあり 1,234・なし 17');
    expect(tile('contacts')).toContain('相談の延べ件数5,698ケースあり 5,681・なし 17');
    expect(tile('convertedToCases')).toContain('ケース化4');
    const rows = (table: string) =>
      [...consultations.querySelectorAll(`table[aria-label="${table}"] tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent).filter(Boolean).join(' '));
    expect(rows('相談者（延べ）')).toEqual(['本人 3', '家族 15', '関係機関 2', 'その他 0']);
    expect(rows('相談方法（延べ）')[0]).toBe('電話 17');
    expect(rows('相談経路（人数）')).toContain('インターネット検索 5');
    expect(rows('相談経路（人数）').at(-1)).toBe('不明 6');
    expect(rows('対象者の年代（人数）')).toContain('20代 5');
    expect(rows('対象者の市区町村（人数）')).toEqual(['みなと市 9', '北区 5', '不明 3']);

    await act(async () => button('今年度').click());
    await flush();
    const year = { from: `${fiscalYear(today)}-04-01`, to: today };
    expect(provider.report).toHaveBeenCalledWith('activity', { ...year, centerId: undefined });
    expect(provider.report).toHaveBeenCalledWith('caseload', year);
    // The era beside the Western year, as Japanese forms write it (2025年度・令和7年度).
    expect(text()).toContain(`${fiscalYear(today)}年度・${japaneseFiscalYear(fiscalYear(today))}・今日まで`);

    await act(async () => button('実績のCSV').click());
    await flush();
    expect(provider.reportCsv).toHaveBeenCalledWith('activity', { ...year, centerId: undefined });
    expect(saved).toEqual([`tsunagu-activity-${year.from}-${year.to}.csv`]);
  });

  it('asks nothing for a period that ends before it starts, and says why', async () => {
    const provider = fakeProvider();
    await render('supervisor', provider);
    const calls = provider.report.mock.calls.length;
    const from = document.querySelector('input[data-testid="period-from"]') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(from, '2099-01-01');
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(provider.report.mock.calls.length).toBe(calls);
    expect(text()).toContain('開始日は終了日以前にし');
    expect(button('期間を指定').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows liaison staff the referral statistics only', async () => {
    const provider = fakeProvider();
    provider.report.mockImplementation(async (_name: string, { from, to }: { from: string; to: string }) =>
      ({ from, to, referralsByAgencyType: { hello_work: { referred: 1 } } }) as unknown as ActivityReport,
    );
    await render('staff', provider);
    expect(provider.report).toHaveBeenCalledTimes(1);
    expect(provider.report.mock.calls[0][0]).toBe('activity');
    expect(text()).toContain('紹介・つなぎの統計');
    expect(text()).toContain('ハローワーク');
    expect(text()).not.toContain('担当ケースの状況');
    expect(document.querySelector('[data-testid="kpi-uniqueCases"]')).toBeNull();
  });

  it('shows a coordinator their own caseload under its own title', async () => {
    const provider = fakeProvider();
    await render('coordinator', provider);
    expect(provider.report.mock.calls.map((c) => c[0]).sort()).toEqual(['activity', 'caseload']);
    expect(text()).toContain('あなたの担当ケースの状況');
  });
});
