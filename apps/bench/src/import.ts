import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TestUser } from '@tsunagu/testing';
import { rssMb, watchRss } from './measure';

export interface ImportFigures {
  cases: number;
  contacts: number;
  fileBytes: number;
  dryRunSeconds: number;
  commitSeconds: number;
  /** The API process's resident memory before the upload, and the largest while it read, checked and wrote the file. */
  baselineRssMb: number;
  peakRssMb: number;
  created: { cases: number; contacts: number };
}

/**
 * A workbook of `caseCount` cases led by `lead` (name or email) and `contactsPerCase` past contacts each, written
 * by exceljs's streaming writer. `run` goes into every person's name, reading and key, so that a
 * database kept from an earlier run (`--reuse-database`) takes these as new people: the same names
 * would be possible duplicates awaiting a decision, the same keys rows already imported.
 */
async function workbook(caseCount: number, contactsPerCase: number, lead: string, run: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const cases = wb.addWorksheet('ケース');
  cases.addRow(['整理番号', '本人氏名', 'ふりがな', '生年月日', '性別', '受付日', '主担当']).commit();
  for (let i = 1; i <= caseCount; i++) {
    const year = 1970 + (i % 35);
    cases.addRow([`IMP-${run}-${i}`, `取込 ${run}の${i}号`, `とりこみ ${kanaOf(run)} ${kanaOf(i)}`, `${year}/${(i % 12) + 1}/${(i % 28) + 1}`, i % 2 ? '男' : '女', `R${2 + (i % 5)}.4.1`, lead]).commit();
  }
  cases.commit();
  const contacts = wb.addWorksheet('支援経過');
  contacts.addRow(['整理番号', '日時', '方法', '所要時間(分)', '要旨']).commit();
  for (let j = 0; j < caseCount * contactsPerCase; j++) {
    const i = (j % caseCount) + 1;
    contacts.addRow([`IMP-${run}-${i}`, `R${2 + (i % 5)}.${(j % 8) + 4}.${(j % 27) + 1} 10:00`, j % 3 ? '電話' : '来所', 30, `母より電話。本人の様子を聞き取った（${j}）。`]).commit();
  }
  contacts.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/** A number spelled in kana, so each reading differs (a reading is kana only). */
const kanaOf = (n: number) => [...String(n)].map((d) => 'あいうえおかきくけこ'[Number(d)]).join('');

/**
 * Imports the workbook as a supervisor through the API: the upload with its dry run, then the
 * commit, each timed; the API's memory is sampled every 50 ms throughout.
 */
export async function measureImport(baseUrl: string, pid: number, sup: TestUser, lead: string, caseCount: number, contactsPerCase: number): Promise<ImportFigures> {
  const file = await workbook(caseCount, contactsPerCase, lead, Math.floor(Date.now() / 1000) % 1_000_000);
  const before = rssMb(pid);
  const memory = watchRss(pid);
  try {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(file)]), 'caseload.xlsx');
    const t0 = Date.now();
    const uploaded = await fetch(`${baseUrl}/api/imports`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${sup.token}` } });
    const dryRunSeconds = (Date.now() - t0) / 1000;
    const batch = (await uploaded.json()) as { id: string; counts: Record<string, Record<string, number>> };
    if (uploaded.status !== 201) throw new Error(`import upload failed: ${uploaded.status} ${JSON.stringify(batch)}`);
    if (batch.counts['cases']['error'] || batch.counts['contacts']['error']) {
      const filter = encodeURIComponent(JSON.stringify({ batchId: batch.id, outcome: 'error' }));
      const sample = await fetch(`${baseUrl}/api/import-rows?filter=${filter}&range=[0,2]`, { headers: { Authorization: `Bearer ${sup.token}` } });
      throw new Error(`the generated workbook has rows with errors: ${JSON.stringify(await sample.json())}`);
    }
    const t1 = Date.now();
    const committed = await fetch(`${baseUrl}/api/imports/${batch.id}/commit`, { method: 'POST', headers: { Authorization: `Bearer ${sup.token}` } });
    const commitSeconds = (Date.now() - t1) / 1000;
    const done = (await committed.json()) as typeof batch;
    if (committed.status !== 200) throw new Error(`import commit failed: ${committed.status} ${JSON.stringify(done)}`);
    return {
      cases: caseCount,
      contacts: caseCount * contactsPerCase,
      fileBytes: file.length,
      dryRunSeconds,
      commitSeconds,
      baselineRssMb: Math.round(before),
      peakRssMb: memory.stop(),
      created: { cases: done.counts['cases']['create'], contacts: done.counts['contacts']['create'] },
    };
  } finally {
    memory.stop();
  }
}
