import type { DirectoryEntryDto, UserDto } from '@tsunagu/contracts';
import { as, useApi } from './support';

/** Issue 11 §7: people are listed by their reading (よみ), not by the code points of their kanji. */
describe('users: kana reading and the order of people', () => {
  const s = useApi();
  const centerA = () => s.org.centers.a.id;
  const names = (rows: Array<{ name: string }>) => rows.map((u) => u.name);

  it('keeps a reading, refuses one not in kana, and lists and lists in the directory by reading', async () => {
    const admin = as(s, s.org.admin);
    const create = (name: string, nameKana: string | null, email: string) =>
      admin.post('/users', { name, nameKana, email, role: 'coordinator', centerId: centerA(), password: 'kana-test-pass-2026' });
    // By code point 佐 (U+4F50) < 阿 (U+963F); by reading あべ < さとう. Half-width and katakana fold alike.
    const sato = await create('佐藤 一郎', 'さとう いちろう', 'sato@test.tsunagu.example');
    expect(sato.status).toBe(201);
    expect(sato.body.nameKana).toBe('さとう いちろう');
    expect((await create('阿部 花', 'アベ ハナ', 'abe@test.tsunagu.example')).status).toBe(201);
    expect((await create('井上 陽', 'ｲﾉｳｴ ﾖｳ', 'inoue@test.tsunagu.example')).status).toBe(201);

    const refused = await create('鈴木 一', 'Suzuki', 'suzuki@test.tsunagu.example');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('nameKana');

    const supervisor = as(s, s.org.users.aSupervisor);
    const list = await supervisor.get('/users?range=[0,99]');
    expect(list.status).toBe(200);
    const listed = names(list.body as UserDto[]);
    // Those with a reading first, by reading; then those without one (the seeded users), by name.
    expect(listed.slice(0, 3)).toEqual(['阿部 花', '井上 陽', '佐藤 一郎']);
    expect(listed).toHaveLength(7);
    const byReadingDesc = await supervisor.get(`/users?range=[0,99]&sort=${encodeURIComponent('["nameKana","DESC"]')}`);
    expect(names(byReadingDesc.body as UserDto[]).slice(-3)).toEqual(['佐藤 一郎', '井上 陽', '阿部 花']);

    const directory = await as(s, s.org.users.aCoordinator).get('/users/directory');
    expect(directory.status).toBe(200);
    expect(names(directory.body as DirectoryEntryDto[]).slice(0, 3)).toEqual(['阿部 花', '井上 陽', '佐藤 一郎']);
  });

  it('re-sorts a person when the reading changes, and clears a reading sent empty', async () => {
    const admin = as(s, s.org.admin);
    const supervisor = as(s, s.org.users.aSupervisor);
    const [sato] = (await supervisor.get(`/users?filter=${encodeURIComponent(JSON.stringify({ q: '佐藤 一郎' }))}`)).body as UserDto[];
    const renamed = await admin.put(`/users/${sato.id}`, { nameKana: 'あいざわ いちろう', version: sato.version });
    expect(renamed.status).toBe(200);
    expect(names((await supervisor.get('/users?range=[0,99]')).body as UserDto[]).slice(0, 2)).toEqual(['佐藤 一郎', '阿部 花']);
    const found = await supervisor.get(`/users?filter=${encodeURIComponent(JSON.stringify({ q: 'あいざわ' }))}`);
    expect(names(found.body as UserDto[])).toEqual(['佐藤 一郎']);

    const cleared = await admin.put(`/users/${sato.id}`, { nameKana: '', version: renamed.body.version });
    expect(cleared.status).toBe(200);
    expect(cleared.body.nameKana).toBeNull();
  });
});
