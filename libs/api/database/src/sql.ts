import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { DataSource, QueryFailedError, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * A piece of SQL and its parameters, written as a template literal: every `${value}` is a
 * parameter, every `${sql`…`}` a piece spliced in with its own parameters. Pieces compose
 * freely; the `$1, $2, …` placeholders are numbered only when the statement runs, so no code
 * counts parameters by hand.
 */
export class Sql {
  private constructor(
    /** The text around the parameters: always one more than `values`. */
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  static compose(strings: readonly string[], values: readonly unknown[]): Sql {
    const out: string[] = [strings[0]];
    const params: unknown[] = [];
    values.forEach((value, i) => {
      if (value instanceof Sql) {
        out[out.length - 1] += value.strings[0];
        value.values.forEach((v, j) => {
          params.push(v);
          out.push(value.strings[j + 1]);
        });
        out[out.length - 1] += strings[i + 1];
      } else {
        params.push(value);
        out.push(strings[i + 1]);
      }
    });
    return new Sql(out, params);
  }

  /** The statement as PostgreSQL takes it: text with `$n` placeholders, and the values in order. */
  toQuery(): { text: string; params: unknown[] } {
    const text = this.strings.reduce((acc, s, i) => `${acc}$${i}${s}`);
    return { text, params: [...this.values] };
  }
}

/** SQL with parameters: sql`SELECT * FROM cases c WHERE c.center_id = ${centerId}`. */
export const sql = (strings: TemplateStringsArray, ...values: unknown[]): Sql => Sql.compose(strings, values);

/**
 * SQL text chosen by the code, never by input (a column for a sort, an `IN` list of constants).
 * Anything a user sent goes in as a parameter instead.
 */
export const trusted = (text: string): Sql => Sql.compose([text], []);

/** The pieces one after another, with `separator` between them (`AND`, `, `). */
export function joinSql(pieces: readonly Sql[], separator: string): Sql {
  if (!pieces.length) return trusted('');
  const glue = trusted(separator);
  return pieces.slice(1).reduce((acc, piece) => sql`${acc}${glue}${piece}`, pieces[0]);
}

/**
 * The statement a TypeORM query builder would run, as a piece to splice in: how the policies'
 * scopes (`scopeCases`) become part of a larger statement.
 */
export function fromBuilder(qb: SelectQueryBuilder<ObjectLiteral>): Sql {
  const [text, params] = qb.getQueryAndParameters();
  const parts = text.split(/\$(\d+)/);
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map((n) => params[Number(n) - 1]);
  return Sql.compose(strings, values);
}

/** Runs a statement and returns its rows. */
export function runSql<R>(db: DataSource | EntityManager, statement: Sql): Promise<R[]> {
  const { text, params } = statement.toQuery();
  return db.query(text, params);
}

/**
 * Runs a hot statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every request (the timeline's statement over eight sources took longer
 * to plan than to run). Only for statements whose text takes a few shapes, parameters aside: each
 * shape stays prepared on every connection of the pool.
 */
export async function runPrepared<R>(db: DataSource | EntityManager, statement: Sql): Promise<R[]> {
  const { text, params } = statement.toQuery();
  const query = { name: `tsunagu_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`, text, values: params };
  const manager = db instanceof DataSource ? db.manager : db;
  // Inside a transaction, on its connection; else on any connection of the pool TypeORM keeps.
  const client = manager.queryRunner
    ? ((await manager.queryRunner.connect()) as PoolClient)
    : ((manager.connection.driver as unknown as { master: Pool }).master as Pool);
  try {
    return (await client.query(query)).rows as R[];
  } catch (err) {
    // As TypeORM reports a failed statement, so that the API's error handling treats both alike.
    throw new QueryFailedError(text, params, err as Error);
  }
}
