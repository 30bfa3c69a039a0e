import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users get a kana reading (よみ), and lists of people sort by it: kanji sorted by code point is
 * no order anyone recognises. `sort_name` is the folded reading, or the folded name without one,
 * kept by the database so that no writer can forget it (kana sort before kanji: people without a
 * reading come after those with one).
 */
export class UserNameKana1764720000000 implements MigrationInterface {
  name = 'UserNameKana1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN name_kana text CHECK (length(name_kana) <= 100)`);
    // foldForSearch (contracts) in SQL: NFKC, hiragana to katakana, no spaces or middle dots, lower case.
    await q.query(`
      ALTER TABLE users ADD COLUMN sort_name text GENERATED ALWAYS AS (
        lower(regexp_replace(translate(normalize(coalesce(nullif(btrim(name_kana), ''), name), NFKC), 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ', 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'), '[[:space:]・·]', '', 'g'))
      ) STORED`);
    await q.query(`CREATE INDEX users_center_sort_idx ON users (center_id, sort_name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_center_sort_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN sort_name`);
    await q.query(`ALTER TABLE users DROP COLUMN name_kana`);
  }
}
