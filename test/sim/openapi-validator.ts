import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ObservedExchange, SimServer } from '../../packages/sim/src/server.js';

/**
 * Validates simulator answers against GitHub's official OpenAPI description (`@octokit/openapi`,
 * read by path: the package's index.js would load every variant). The document is parsed once per
 * test file; schemas compile lazily per operation.
 *
 * Rewrites the spec needs before ajv accepts it, and why:
 * - `nullable: true` (OpenAPI 3.0) becomes a `null` type union, or `anyOf [schema, {type: null}]`
 *   when the schema has no `type` (135 such schemas);
 * - `discriminator` goes (ajv needs shapes GitHub's do not have), and the `oneOf` it decorated becomes
 *   `anyOf`, as does a `oneOf` offering `basic-error` (no required field, so it matches any error body
 *   and a strict `oneOf` could never pass). Every other `oneOf` stays strict;
 * - `$ref`s are relative to the whole document: the components are registered under one `$id`.
 *
 * Known gaps where the description lags what GitHub serves (each one deliberate and narrow):
 * - `release-asset.state` lists `uploaded` and `open`, but GitHub also answers `starter` for an upload
 *   that never finished (see concourse/github-release-resource#116); the simulator must reproduce it.
 */
const SPEC_GAPS: ((schemas: Json) => void)[] = [
  (schemas) => schemas['release-asset'].properties.state.enum.push('starter')
];

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const DOC_ID = 'https://spec.local/github.json';

type Json = any;

let cachedDoc: Json | undefined;

function overlapping(node: Json): boolean {
  return (
    !!node.discriminator ||
    (node.oneOf as Json[]).some((alt) => alt?.$ref === '#/components/schemas/basic-error')
  );
}

function rewrite(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (
      k === 'discriminator' ||
      k === 'example' ||
      k === 'examples' ||
      k === 'x-github' ||
      k === 'deprecated'
    )
      continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out.$ref = DOC_ID + v;
    else if (k === 'oneOf' && Array.isArray(v) && overlapping(node)) out.anyOf = rewrite(v);
    else out[k] = rewrite(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  if ('nullable' in out) delete out.nullable;
  return out;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  op: Json;
  regex: RegExp;
  greedy: RegExp;
  params: number;
}

export interface ValidationProblem {
  where: string;
  error: string;
}

export class OpenApiValidator {
  readonly doc: Json;
  private readonly ajv: any;
  private readonly ops: Operation[] = [];
  private readonly compiled = new Map<string, any>();

  constructor() {
    cachedDoc ??= JSON.parse(readFileSync(SPEC, 'utf8'));
    this.doc = cachedDoc;
    const Ajv = require('ajv').default;
    const addFormats = require('ajv-formats').default;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
    this.ajv.addFormat('binary', true);
    this.ajv.addFormat('ssh-key', true);
    this.ajv.addFormat('ssh-key fingerprint', true);
    const schemas = rewrite(this.doc.components.schemas);
    for (const widen of SPEC_GAPS) widen(schemas);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas } });
    for (const [template, item] of Object.entries<Json>(this.doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        if (!op?.operationId) continue;
        const esc = template.replace(/[.+?^$()|[\]\\]/g, '\\$&');
        const params = (template.match(/\{[^}]+\}/g) ?? []).length;
        this.ops.push({
          method: method.toUpperCase(),
          template,
          operationId: op.operationId,
          op,
          params,
          regex: new RegExp('^' + esc.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
          // A last parameter (ref, path, tag, branch) may hold slashes.
          greedy: /\{(ref|path|tag|branch|basehead|dir)\}$/.test(template)
            ? new RegExp('^' + esc.replace(/\{[^}]+\}$/, '.+').replace(/\{[^}]+\}/g, '[^/]+') + '$')
            : /$^/
        });
      }
    }
    // More literal segments first: `/releases/latest` before `/releases/{release_id}`.
    this.ops.sort((a, b) => a.params - b.params);
  }

  /** The operation for a concrete request path, e.g. `GET /repos/o/r/releases/5`. */
  find(method: string, concretePath: string): Operation | undefined {
    const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    const candidates = this.ops.filter((o) => o.method === m);
    return (
      candidates.find((o) => o.regex.test(concretePath)) ??
      candidates.find((o) => o.greedy.test(concretePath))
    );
  }

  private compile(key: string, schema: Json): any {
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(rewrite(schema));
      this.compiled.set(key, v);
    }
    return v;
  }

  private responseSchema(op: Operation, status: number): { schema?: Json; documented: boolean } {
    let r = op.op.responses?.[String(status)] ?? op.op.responses?.default;
    if (!r) return { documented: false };
    if (r.$ref) r = this.doc.components.responses[r.$ref.split('/').pop()];
    return { schema: r?.content?.['application/json']?.schema, documented: true };
  }

  /** Problems with one answer (empty when it conforms). */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    const { schema, documented } = this.responseSchema(op, status);
    if (!documented) {
      // GitHub answers errors the spec does not list per operation (401, 403, 404) with a basic error.
      if (status >= 400) return this.run(`#basic-error`, { $ref: '#/components/schemas/basic-error' }, body);
      return [`status ${status} is not documented for ${op.operationId}`];
    }
    if (!schema) return [];
    return this.run(`${op.operationId}:${status}`, schema, body);
  }

  checkRequest(op: Operation, body: unknown): string[] {
    const schema = op.op.requestBody?.content?.['application/json']?.schema;
    if (!schema) return [];
    return this.run(`${op.operationId}:request`, schema, body);
  }

  private run(key: string, schema: Json, body: unknown): string[] {
    const validate = this.compile(key, schema);
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 8)
      .map((e: any) => `${e.instancePath || '/'} ${e.message} ${e.params ? JSON.stringify(e.params) : ''}`);
  }

  /**
   * Checks a trace written with `RELEASE_KIT_SIM_TRACE=<file>` (one JSON exchange per line): the
   * traffic of any test run — the actions' own requests included — against the description.
   */
  checkTrace(lines: string[]): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    for (const raw of lines) {
      if (!raw.trim()) continue;
      const ex = JSON.parse(raw);
      const where = `${ex.method} ${ex.path} → ${ex.status}`;
      const op = this.find(ex.method, ex.path);
      if (!op) {
        problems.push({ where, error: 'no operation in the OpenAPI description matches' });
        continue;
      }
      if (ex.requestBody !== undefined && ex.status < 400)
        for (const error of this.checkRequest(op, ex.requestBody))
          problems.push({ where: `${where} (request body)`, error });
      if (ex.body !== undefined)
        for (const error of this.checkResponse(op, ex.status, ex.body))
          problems.push({ where: `${where} [${op.operationId}]`, error });
      else if (!this.responseSchema(op, ex.status).documented && ex.status < 400)
        problems.push({ where, error: `status ${ex.status} is not documented for ${op.operationId}` });
    }
    return problems;
  }

  /**
   * Validates every JSON answer (and JSON request body) the simulator's GitHub and uploads services
   * produce from now on. Returns the collected problems and counts; call `stop()` when done.
   */
  watch(server: SimServer): {
    problems: ValidationProblem[];
    validated: Map<string, number>;
    stop: () => void;
  } {
    const problems: ValidationProblem[] = [];
    const validated = new Map<string, number>();
    const stop = server.observe((ex: ObservedExchange) => {
      if (ex.service !== 'github' && ex.service !== 'uploads') return;
      const where = `${ex.method} ${ex.path} → ${ex.status}`;
      const op = this.find(ex.method, ex.path);
      if (!op) {
        problems.push({ where, error: 'no operation in the OpenAPI description matches' });
        return;
      }
      const ct = String(ex.requestHeaders['content-type'] ?? '');
      if (ex.service === 'github' && ex.requestBody.length && ct.includes('json') && ex.status < 400) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(ex.requestBody.toString('utf8'));
        } catch {
          parsed = undefined;
        }
        for (const error of this.checkRequest(op, parsed))
          problems.push({ where: `${where} (request body)`, error });
      }
      const isJson =
        ex.body !== undefined &&
        ex.body !== null &&
        typeof ex.body === 'object' &&
        !Buffer.isBuffer(ex.body) &&
        typeof (ex.body as any).pipe !== 'function';
      if (!isJson) {
        if (!this.responseSchema(op, ex.status).documented && ex.status < 400)
          problems.push({ where, error: `status ${ex.status} is not documented for ${op.operationId}` });
        return;
      }
      // Round-trip through JSON, as the client sees it (drops undefined fields).
      for (const error of this.checkResponse(op, ex.status, JSON.parse(JSON.stringify(ex.body))))
        problems.push({ where: `${where} [${op.operationId}]`, error });
      validated.set(op.operationId, (validated.get(op.operationId) ?? 0) + 1);
    });
    return { problems, validated, stop };
  }
}
