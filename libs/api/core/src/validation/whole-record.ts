import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { isDeepStrictEqual } from 'node:util';

const WHOLE_RECORD = 'tsunagu:whole-record';
/** The fields of a whole-record body that its DTO does not declare, kept aside for `changesOf`. */
const SET_ASIDE = Symbol('setAside');

/**
 * Marks a PUT body that may carry the whole record back as GET returned it (react-admin's `<Edit>`
 * and `ra-data-simple-rest` send it so): the fields the DTO does not declare are set aside before
 * validation, never reach the service's patch, and are judged by `changesOf` against the record.
 */
export const AcceptsWholeRecord = (): ClassDecorator => (target) => Reflect.defineMetadata(WHOLE_RECORD, true, target);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Property names a DTO class declares a validation rule for (inherited and mapped ones included). */
function declaredFields(metatype: new () => unknown): Set<string> {
  return new Set(getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).map((m) => m.propertyName));
}

/**
 * The API's one validation pipe: unknown fields refused, types transformed, nothing implicit; for
 * `@AcceptsWholeRecord()` bodies, undeclared fields are set aside for `changesOf` instead.
 */
/** How every DTO is validated: by the pipe for requests, and by whatever else checks input against a DTO (the import). */
export const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({ ...VALIDATOR_OPTIONS, transform: true, transformOptions: { enableImplicitConversion: false } });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type !== 'body' || !metatype || !Reflect.getMetadata(WHOLE_RECORD, metatype) || !isPlainObject(value)) {
      return super.transform(value, metadata);
    }
    const declared = declaredFields(metatype as new () => unknown);
    const body: Record<string, unknown> = {};
    const aside: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) (declared.has(key) ? body : aside)[key] = v;
    const dto = (await super.transform(body, metadata)) as object;
    Object.defineProperty(dto, SET_ASIDE, { value: aside, enumerable: false });
    return dto;
  }
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

/** Equal as the record shows them; two timestamps are equal when they name the same instant. */
function same(sent: unknown, held: unknown): boolean {
  if (typeof sent === 'string' && typeof held === 'string' && TIMESTAMP.test(sent) && TIMESTAMP.test(held)) {
    return Date.parse(sent) === Date.parse(held);
  }
  // A nested DTO arrives as an instance of its class: compare what it says, not its prototype.
  return isDeepStrictEqual(plain(sent), plain(held));
}

const plain = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.parse(JSON.stringify(v)) : v);

/**
 * What an update really changes, judged against `current`, the record as this user reads it (its
 * GET representation): declared fields whose value differs, `version` aside (the caller checks it).
 * Unchanged values are dropped, so they never trigger a domain rule. Fields the server owns
 * (`id`, `caseNumber`, `createdAt`, …) are ignored when equal to `current` and refused when changed;
 * fields the record does not have are refused as unknown. Both refusals are one 400 naming them.
 */
export function changesOf<D extends object>(dto: D, current: object): Partial<D> {
  const held = current as Record<string, unknown>;
  const problems: string[] = [];
  const aside = ((dto as Record<symbol, unknown>)[SET_ASIDE] ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(aside)) {
    if (!Object.hasOwn(held, key)) problems.push(`property ${key} should not exist`);
    else if (!same(value, held[key])) problems.push(`${key} is set by the server and cannot be changed`);
  }
  if (problems.length) throw new BadRequestException(problems);
  const patch: Partial<D> = {};
  for (const [key, value] of Object.entries(dto)) {
    if (key === 'version' || value === undefined || (Object.hasOwn(held, key) && same(value, held[key]))) continue;
    (patch as Record<string, unknown>)[key] = value;
  }
  return patch;
}
