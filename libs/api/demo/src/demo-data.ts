import type { Role } from '@tsunagu/contracts';

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  /** The reading (よみ): lists of people sort by it. */
  nameKana: string;
  role: Role;
}

export interface DemoCenter {
  name: string;
  code: string;
  /** Its area, which names the partner agencies; and the municipalities its clients live in. */
  area: string;
  municipalities: readonly string[];
  users: DemoUser[];
}

export const DEMO_ADMIN: DemoUser = { email: 'admin@tsunagu.example', name: '山本 健一', nameKana: 'やまもと けんいち', role: 'admin' };

/** Two fictional centers, each with a supervisor, two coordinators and a liaison staff member (and a year of work, demo-year.ts). */
export const DEMO_CENTERS: DemoCenter[] = [
  {
    name: 'みなと市ひきこもり地域支援センター',
    code: 'MNT',
    area: 'みなと市',
    municipalities: ['みなと市北区', 'みなと市南区', 'みなと市東区', 'みなと市西区'],
    users: [
      { email: 'mnt.supervisor@tsunagu.example', name: '中村 由美子', nameKana: 'なかむら ゆみこ', role: 'supervisor' },
      { email: 'mnt.coordinator@tsunagu.example', name: '佐藤 美咲', nameKana: 'さとう みさき', role: 'coordinator' },
      { email: 'mnt.coordinator2@tsunagu.example', name: '高橋 大輔', nameKana: 'たかはし だいすけ', role: 'coordinator' },
      { email: 'mnt.staff@tsunagu.example', name: '小林 直子', nameKana: 'こばやし なおこ', role: 'staff' },
    ],
  },
  {
    name: 'あおば県ひきこもり地域支援センター',
    code: 'AOB',
    area: 'あおば市',
    municipalities: ['あおば市', 'みどり町', 'さくら市', 'かわべ町'],
    users: [
      { email: 'aob.supervisor@tsunagu.example', name: '伊藤 誠', nameKana: 'いとう まこと', role: 'supervisor' },
      { email: 'aob.coordinator@tsunagu.example', name: '渡辺 さくら', nameKana: 'わたなべ さくら', role: 'coordinator' },
      { email: 'aob.coordinator2@tsunagu.example', name: '加藤 亮', nameKana: 'かとう りょう', role: 'coordinator' },
      { email: 'aob.staff@tsunagu.example', name: '吉田 恵', nameKana: 'よしだ めぐみ', role: 'staff' },
    ],
  },
];
