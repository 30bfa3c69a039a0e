import { applyDecorators, type Type } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the one place that wraps PartialType
import { PartialType } from '@nestjs/swagger';
// eslint-disable-next-line no-restricted-imports -- the one place that wraps IsOptional
import { IsOptional, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * The field may be left out; when sent it is validated, and `null` is refused (400 naming the
 * field): for fields the record always has (a summary, a method, a date). Use `Nullable` where
 * clearing the field is allowed. class-validator's own `IsOptional` lets `null` through to the
 * database, so the project uses these two instead (lint refuses `IsOptional`).
 */
export const Optional = (options?: ValidationOptions) =>
  applyDecorators(
    ValidateIf((_object, value) => value !== undefined, options),
    ValidateBy({ name: 'isNotNull', validator: { validate: (v) => v !== null, defaultMessage: (a) => `${a?.property} should not be empty` } }, options),
  );

/** The field may be left out or set to `null` (clearing it); any other value is validated. */
export const Nullable = (options?: ValidationOptions) => IsOptional(options);

/**
 * `PartialType` for update bodies: every field may be left out, and a `null` is still validated,
 * so it is refused unless the field is `Nullable` (swagger's `PartialType` alone would let it
 * through to the database). Lint refuses `PartialType` elsewhere.
 */
export const PartialUpdate = <T>(classRef: Type<T>) => PartialType(classRef, { skipNullProperties: false });
