import { plainToInstance, Transform } from 'class-transformer';
import { Optional } from '../validation/presence';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());
const emptyAsUnset = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting the API reads from the environment, validated once at boot.
 * A bad or missing value stops the process with a message naming the variable.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** A streaming replica for reports, exports and timelines (optional; everything else uses DATABASE_URL). */
  @Transform(emptyAsUnset)
  @Optional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_READ_URL must be a postgres:// URL' })
  DATABASE_READ_URL?: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** A session ends after this many minutes without a request (default 30). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** A session ends this many hours after sign-in, however active (default 8: one working day). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  SESSION_MAX_HOURS = 8;

  /** Bearer token for `GET /api/metrics` (Prometheus); without it the route answers 404. */
  @Transform(emptyAsUnset)
  @Optional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** On SIGTERM, how long requests in flight may take to finish before the process stops anyway. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @IsString()
  TSUNAGU_DATA_DIR = './.tsunagu-data';

  /** Set by the launcher when it started the embedded database; demo data is loaded only then. */
  @Transform(toBool)
  @IsBoolean()
  TSUNAGU_EMBEDDED_DB = false;

  @Transform(emptyAsUnset)
  @Optional()
  @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email address' })
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @Transform(emptyAsUnset)
  @ValidateIf((c: AppConfig) => !!c.BOOTSTRAP_ADMIN_EMAIL)
  @IsString({ message: 'BOOTSTRAP_ADMIN_PASSWORD is required with BOOTSTRAP_ADMIN_EMAIL' })
  @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' })
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  /** Directory of the built web app; served at / when it exists. */
  @Transform(emptyAsUnset)
  @Optional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Failed sign-ins allowed from one address per window. Only failures count, and the limit is large
   * enough for a whole municipal office behind one proxy address (LGWAN).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 100;

  /** Failed sign-ins allowed for one account per window before it is refused with 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 15 * 60;

  /** Express "trust proxy" setting, for deployments behind a reverse proxy. */
  @Transform(emptyAsUnset)
  @Optional()
  @IsString()
  TRUST_PROXY?: string;
}

/** Validates `process.env`-like input; throws one error naming every bad variable. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const config = plainToInstance(AppConfig, env, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `- ${e.property}: ${m}`));
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
