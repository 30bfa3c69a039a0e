/**
 * Writes apps/api/src/openapi/responses.json, read from the code with the TypeScript compiler:
 * - what each operation answers on success, from the type its controller method returns, and the
 *   JSON Schemas of the types it names, from their declarations (in @tsunagu/contracts mostly,
 *   their JSDoc as descriptions and examples);
 * - what each operation can refuse: the DomainErrors its code reaches, and the global guard's;
 * - the types of request DTO properties that Nest's metadata cannot tell.
 * The API's OpenAPI document is built from it (apps/api/src/openapi/document.ts), so the document
 * says what the code does without a decorator per route.
 *
 *   npm run openapi            writes the file
 *   npm run openapi -- --check fails when the file is not what the code says (npm test runs it)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createGenerator, type Definition } from 'ts-json-schema-generator';
import type { DomainErrorKind } from '@tsunagu/api-core';
import type { OperationResponse, Refusals, ResponsesFile, Schema } from '../src/openapi/responses';

const ROOT = resolve(__dirname, '../../..');
const OUT = resolve(ROOT, 'apps/api/src/openapi/responses.json');
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Delete', 'Patch']);

const decoratorName = (d: ts.Decorator) => {
  const e = d.expression;
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : ts.isIdentifier(e) ? e.text : '';
};
const decorators = (node: ts.Node) => (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []);
const hasDecorator = (node: ts.Node, name: string) => decorators(node).some((d) => decoratorName(d) === name);

/** The operations of every controller reachable from the API's entry point, and the named types their answers use. */
function readOperations(): { guard: Refusals; operations: Record<string, OperationResponse>; named: Map<string, string>; requestTypes: ResponsesFile['requestTypes'] } {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'apps/api/tsconfig.app.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error('apps/api/tsconfig.app.json cannot be read');
  const program = ts.createProgram([resolve(ROOT, 'apps/api/src/main.ts')], parsed.options);
  const checker = program.getTypeChecker();
  /** Named types by name, with the file that declares them. */
  const named = new Map<string, string>();

  const schemaOf = (type: ts.Type, where: string): Schema => {
    const primitive = primitiveOf(type);
    if (primitive) return primitive;
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    const file = declaration?.getSourceFile().fileName;
    if (symbol && declaration && file && !file.includes('/node_modules/') && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) {
      const known = named.get(symbol.name);
      if (known && known !== file) throw new Error(`Two types are named ${symbol.name} (${known}, ${file}): rename one, the document names schemas by type`);
      named.set(symbol.name, file);
      return { $ref: `#/components/schemas/${symbol.name}` };
    }
    if (type.isUnion()) {
      const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      return members.length === 1 ? schemaOf(members[0], where) : { anyOf: members.map((t) => schemaOf(t, where)) };
    }
    if (type.isIntersection()) return { allOf: type.types.map((t) => schemaOf(t, where)) };
    if (checker.isArrayType(type)) return { type: 'array', items: schemaOf(checker.getTypeArguments(type as ts.TypeReference)[0], where) };
    throw new Error(`${where} answers ${checker.typeToString(type)}: give the type a name (in @tsunagu/contracts) so the document can name it`);
  };

  /** A primitive, a list of string literals, or one of them or null; undefined for anything else. */
  function primitiveOf(type: ts.Type): Schema | undefined {
    if (type.flags & ts.TypeFlags.Boolean || type.flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean' };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (!type.isUnion()) return undefined;
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    const nullable = type.types.some((t) => t.flags & ts.TypeFlags.Null);
    let schema: Schema | undefined;
    if (members.length && members.every((t) => t.isStringLiteral())) schema = { type: 'string', enum: members.map((t) => (t as ts.StringLiteralType).value) };
    else if (members.length && members.every((t) => t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral))) schema = { type: 'boolean' };
    else if (members.length === 1) schema = primitiveOf(members[0]);
    return schema && (nullable ? { ...schema, nullable: true, ...(schema['enum'] ? { enum: [...(schema['enum'] as string[]), null] } : {}) } : schema);
  }

  const refusalsOf = refusalReader(checker);
  const requestTypes: ResponsesFile['requestTypes'] = {};
  const operations: Record<string, OperationResponse> = {};
  let guard: Refusals = {};
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || source.fileName.includes('/node_modules/')) continue;
    // The global guard: `{ provide: APP_GUARD, useClass: X }`, whose canActivate runs before every route.
    const visitProviders = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'provide' && p.initializer.getText() === 'APP_GUARD')) {
        const useClass = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'useClass');
        const declaration = useClass && checker.getTypeAtLocation(useClass.initializer).getSymbol()?.valueDeclaration;
        const canActivate = declaration && ts.isClassDeclaration(declaration) ? declaration.members.find((m) => m.name?.getText() === 'canActivate') : undefined;
        if (canActivate) guard = refusalsOf(canActivate);
      }
      node.forEachChild(visitProviders);
    };
    visitProviders(source);
    // Request DTOs (*.dto.ts): the primitive types of their properties, as Nest's metadata cannot say them.
    if (source.fileName.endsWith('.dto.ts')) {
      source.forEachChild((node) => {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const props: Record<string, Schema> = {};
        for (const property of checker.getTypeAtLocation(node.name).getProperties()) {
          const schema = primitiveOf(checker.getTypeOfSymbolAtLocation(property, node.name));
          // Through a mapped type (PartialType of a DTO), the declaration is the original property's.
          const declared = property.valueDeclaration ?? property.declarations?.[0];
          // class-validator's @IsUUID says what the string is.
          if (schema && declared && hasDecorator(declared, 'IsUUID')) schema['format'] = 'uuid';
          if (schema) props[property.name] = schema;
        }
        if (Object.keys(props).length) requestTypes[node.name.text] = Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
      });
    }
    source.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name || !hasDecorator(node, 'Controller') || hasDecorator(node, 'ApiExcludeController')) return;
      for (const method of node.members) {
        if (!ts.isMethodDeclaration(method) || !ts.isIdentifier(method.name)) continue;
        const verb = decorators(method).map(decoratorName).find((n) => HTTP_METHODS.has(n));
        if (!verb || hasDecorator(method, 'ApiExcludeEndpoint')) continue;
        const id = `${node.name.text}_${method.name.text}`;
        // A handler that writes to the response itself (a file download) or the health check documents its answer by hand.
        if (writesItself(method) || hasDecorator(method, 'HealthCheck')) {
          operations[id] = { status: statusOf(method, verb), own: true, refusals: refusalsOf(method) };
          continue;
        }
        const signature = checker.getSignatureFromDeclaration(method);
        const answer = signature && checker.getAwaitedType(checker.getReturnTypeOfSignature(signature));
        if (!answer) throw new Error(`${id}: its return type cannot be read`);
        operations[id] = { ...responseOf(answer, statusOf(method, verb), id), refusals: refusalsOf(method) };
      }
    });
  }

  function responseOf(answer: ts.Type, status: number, id: string): Omit<OperationResponse, 'refusals'> {
    if (answer.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return { status };
    if (answer.getSymbol()?.name === 'ListResult') {
      const [item] = checker.getTypeArguments(answer as ts.TypeReference);
      return { status, list: true, schema: schemaOf(item, id) };
    }
    // A report answers JSON, or its CSV text with format=csv.
    if (answer.isUnion() && answer.types.some((t) => t.flags & ts.TypeFlags.String)) {
      const rest = answer.types.filter((t) => !(t.flags & ts.TypeFlags.String));
      return { status, csv: true, schema: rest.length === 1 ? schemaOf(rest[0], id) : { anyOf: rest.map((t) => schemaOf(t, id)) } };
    }
    return { status, schema: schemaOf(answer, id) };
  }

  return { guard, operations, named, requestTypes };
}

/** What a function can refuse: fixed kinds and codes, and kinds whose code is one of its parameters (a factory like `invalid(code, …)`). */
interface Summary {
  fixed: Set<string>;
  through: Array<{ kind: string; param: number }>;
}

/**
 * The refusals a handler can raise, read from the code: every `new DomainError(kind, code, …)` it
 * reaches through the functions and methods it calls (its services, their helpers), with the
 * codes of factories such as `invalid(code, …)` taken at each call. What is reached only through
 * an interface or a callback passed around is not seen.
 */
function refusalReader(checker: ts.TypeChecker): (declaration: ts.Node) => Refusals {
  const summaries = new Map<ts.Node, Summary>();
  const literals = (expr: ts.Expression): string[] => {
    const type = checker.getTypeAtLocation(expr);
    return (type.isUnion() ? type.types : [type]).filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
  };
  const parameterIndex = (fn: ts.Node, expr: ts.Expression): number => {
    if (!ts.isIdentifier(expr) || !ts.isFunctionLike(fn)) return -1;
    const symbol = checker.getSymbolAtLocation(expr);
    return fn.parameters.findIndex((p) => checker.getSymbolAtLocation(p.name) === symbol);
  };
  const isDomainError = (expr: ts.Expression) => checker.getTypeAtLocation(expr).getSymbol()?.name === 'DomainError';
  const inWorkspace = (node: ts.Node | undefined): node is ts.Node => !!node && !node.getSourceFile().isDeclarationFile && !node.getSourceFile().fileName.includes('/node_modules/');

  const summaryOf = (fn: ts.Node): Summary => {
    const known = summaries.get(fn);
    if (known) return known;
    const summary: Summary = { fixed: new Set(), through: [] };
    summaries.set(fn, summary); // recursion sees what is known so far
    const add = (kinds: string[], codeArg: ts.Expression | undefined) => {
      if (!codeArg) return;
      const param = parameterIndex(fn, codeArg);
      for (const kind of kinds) {
        if (param >= 0) summary.through.push({ kind, param });
        else for (const code of literals(codeArg)) summary.fixed.add(`${kind} ${code}`);
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && isDomainError(node.expression)) {
        const [kind, code] = node.arguments ?? [];
        if (kind) add(literals(kind), code);
      } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        let target: ts.Node | undefined = checker.getResolvedSignature(node)?.declaration;
        // A function made by a library from ours (a parameter decorator of createParamDecorator): what ours does.
        if (!inWorkspace(target) && ts.isIdentifier(node.expression)) {
          const symbol = checker.getSymbolAtLocation(node.expression);
          const declared = (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)?.valueDeclaration;
          if (declared && ts.isVariableDeclaration(declared) && declared.initializer && inWorkspace(declared)) target = declared.initializer;
        }
        if (target && inWorkspace(target)) {
          const body = ts.isVariableDeclaration(target.parent) ? target.parent.initializer : target;
          const callee = summaryOf(body && ts.isFunctionLike(body) ? body : target);
          for (const r of callee.fixed) summary.fixed.add(r);
          for (const t of callee.through) add([t.kind], node.arguments?.[t.param]);
        }
      }
      node.forEachChild(visit);
    };
    fn.forEachChild(visit);
    return summary;
  };

  return (declaration) => {
    const refusals: Refusals = {};
    for (const r of [...summaryOf(declaration).fixed].sort()) {
      const [kind, code] = r.split(' ') as [DomainErrorKind, string];
      (refusals[kind] ??= []).push(code);
    }
    return refusals;
  };
}

/** The status of a success: @HttpCode's, else 201 for POST and 200 for the others (Nest's defaults). */
function statusOf(method: ts.MethodDeclaration, verb: string): number {
  const code = decorators(method).find((d) => decoratorName(d) === 'HttpCode');
  if (code && ts.isCallExpression(code.expression)) {
    const [arg] = code.expression.arguments;
    if (arg && ts.isNumericLiteral(arg)) return Number(arg.text);
    throw new Error(`@HttpCode(${arg?.getText()}): write the status as a number`);
  }
  return verb === 'Post' ? 201 : 200;
}

/** A handler that takes the response without `passthrough` writes its answer itself (a file download). */
function writesItself(method: ts.MethodDeclaration): boolean {
  return method.parameters.some((p) =>
    decorators(p).some((d) => decoratorName(d) === 'Res' && ts.isCallExpression(d.expression) && !d.expression.arguments.some((a) => a.getText().includes('passthrough: true'))),
  );
}

/** The JSON Schemas of the named types, from their declarations, as OpenAPI 3.0 schemas under components. */
function schemasOf(named: Map<string, string>): Record<string, Schema> {
  // The generator reads the types through an entry file (outside the workspace) that re-exports them.
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-openapi-'));
  const entry = join(dir, 'types.ts');
  const lines = [...named].map(([name, file]) => `export type { ${name} } from '${file.replace(/\.ts$/, '')}';`);
  writeFileSync(entry, lines.join('\n') + '\n');
  try {
    const generator = createGenerator({
      path: entry,
      tsconfig: resolve(ROOT, 'apps/api/tsconfig.app.json'),
      skipTypeCheck: true,
      expose: 'export',
      topRef: true,
      jsDoc: 'extended',
      additionalProperties: true,
      sortProps: true,
      strictTuples: false,
      encodeRefs: false,
    });
    const definitions: Record<string, Definition> = {};
    for (const name of [...named.keys()].sort()) Object.assign(definitions, generator.createSchema(name).definitions);
    return Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, asOpenApi30(definitions[name], definitions) as Schema]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * JSON Schema as OpenAPI 3.0 writes it: `nullable` instead of a `null` type, references under
 * components. (The contract test turns it back for its validator.)
 */
function asOpenApi30(schema: unknown, definitions: Record<string, Definition>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => asOpenApi30(s, definitions));
  if (!schema || typeof schema !== 'object') return schema;
  const s = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, asOpenApi30(v, definitions)])) as Schema;
  if (Array.isArray(s['examples'])) {
    s['example'] = s['examples'][0];
    delete s['examples'];
  }
  if ('const' in s) {
    s['enum'] = [s['const']];
    delete s['const'];
  }
  if (typeof s['$ref'] === 'string') {
    s['$ref'] = s['$ref'].replace('#/definitions/', '#/components/schemas/');
    // 3.0 reads nothing beside a reference: a description goes with the reference wrapped.
    const { $ref, ...rest } = s;
    if (Object.keys(rest).length) return { ...rest, allOf: [{ $ref }] };
  }
  if (Array.isArray(s['type']) && s['type'].includes('null')) {
    const types = s['type'].filter((t) => t !== 'null');
    s['type'] = types.length === 1 ? types[0] : types;
    s['nullable'] = true;
    if (Array.isArray(s['enum'])) s['enum'] = [...s['enum'].filter((v) => v !== null), null];
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = s[key] as Schema[] | undefined;
    if (!options?.some((o) => o['type'] === 'null')) continue;
    const rest = options.filter((o) => o['type'] !== 'null');
    delete s[key];
    // A nullable reference names the type it refers to, as 3.0 asks beside `nullable`.
    const typeOf = (o: Schema) => (typeof o['$ref'] === 'string' ? definitions[o['$ref'].split('/').pop() as string]?.type : o['type']);
    const only = rest.length === 1 ? rest[0] : undefined;
    Object.assign(s, only ? (only['$ref'] ? { type: typeOf(only), allOf: rest } : only) : { [key]: rest }, { nullable: true });
  }
  delete s['$schema'];
  return s;
}

/** Named types the document uses beside the answers: the body of every refusal. */
const ALSO_NAMED: Record<string, string> = { ErrorBody: 'libs/shared/contracts/src/errors.ts' };

function main() {
  const { guard, operations, named, requestTypes } = readOperations();
  for (const [name, file] of Object.entries(ALSO_NAMED)) named.set(name, resolve(ROOT, file));
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const file: ResponsesFile = { guard, operations: sorted(operations), schemas: schemasOf(named), requestTypes: sorted(requestTypes) };
  const text = JSON.stringify(file, null, 2) + '\n';
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      process.stderr.write(`${relative(ROOT, OUT)} is not what the code says: run \`npm run openapi\` and commit the file.\n`);
      process.exit(1);
    }
    process.stdout.write(`${relative(ROOT, OUT)} is up to date (${Object.keys(file.operations).length} operations, ${Object.keys(file.schemas).length} schemas).\n`);
    return;
  }
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${relative(ROOT, OUT)}: ${Object.keys(file.operations).length} operations, ${Object.keys(file.schemas).length} schemas\n`);
}

main();
