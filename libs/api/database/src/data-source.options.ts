import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

// `date` columns stay 'YYYY-MM-DD' strings in raw queries too, never Dates shifted by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * The one PostgreSQL connection setup: schema from migrations only (never synchronize),
 * every session in UTC (day boundaries are computed in Asia/Tokyo explicitly in SQL), and no JIT:
 * the report statements are costed high enough to trigger it, and compiling them costs more than
 * it saves on one center's data.
 */
export function dataSourceOptions(
  url: string,
  entities: DataSourceOptions['entities'],
  migrations: DataSourceOptions['migrations'],
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, options: '-c timezone=UTC -c jit=off' },
  };
}
