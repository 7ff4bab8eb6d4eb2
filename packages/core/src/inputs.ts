import * as core from '@actions/core';
import { InputError, InputErrors } from './errors.js';
import { parseList, rawInput } from './input-text.js';

export interface InputOptions<T> {
  /** Used when the input is empty and action.yml declares no default (the declared default wins). */
  default?: T;
  /** Defaults to the input's `required` in action.yml. */
  required?: boolean;
}

/** An input as action.yml declares it (the build generates these: actions/<name>/src/generated/io.ts). */
export interface InputDeclaration {
  /** The default as written in action.yml; `${{ … }}` expressions are the runner's to fill. */
  readonly default?: string;
  readonly required?: boolean;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `90s`, `10m`, `1h30m`, `500ms`, `0` or a bare number of seconds into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    matched = re.lastIndex;
  }
  return matched === value.length && value.length > 0 ? Math.round(total) : undefined;
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

export interface Repository {
  owner: string;
  repo: string;
}

/** Parses `owner/name`. */
export function parseRepository(text: string): Repository | undefined {
  if (!REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..')) return undefined;
  const [owner, repo] = text.split('/');
  return { owner, repo };
}

/** True for a usable git tag name (git check-ref-format rules that matter for release tags). */
export function isValidTag(tag: string): boolean {
  return (
    tag.length > 0 &&
    tag.length <= 255 &&
    !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(tag) &&
    !tag.startsWith('-') &&
    !tag.startsWith('/') &&
    !tag.endsWith('/') &&
    !tag.endsWith('.') &&
    !tag.endsWith('.lock') &&
    !tag.includes('..') &&
    !tag.includes('@{') &&
    !tag.includes('//')
  );
}

function show(value: string): string {
  return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
}

/**
 * Reads and validates every input of an action before any side effect. Each getter records what is
 * wrong instead of throwing, so that `finish()` reports every bad or missing input at once.
 */
export class InputReader {
  private readonly problems: InputError[] = [];
  private readonly missing: string[] = [];
  private declarations?: Readonly<Record<string, InputDeclaration>>;
  /** Names read so far (the metadata test compares them with action.yml). */
  readonly names = new Set<string>();

  constructor(private readonly read: (name: string) => string = rawInput) {}

  /**
   * Takes the action's inputs as action.yml declares them: an empty input then gets its declared default
   * (as the runner would give it), `required` comes from there, and reading an undeclared name throws.
   */
  declare(declarations: Readonly<Record<string, InputDeclaration>>): this {
    this.declarations = declarations;
    return this;
  }

  /** Records a problem found by the action's own cross-input checks. */
  fail(name: string, message: string): void {
    this.problems.push(new InputError(name, undefined, message));
  }

  /** Records an input error made elsewhere (a core parser throws InputError for the input it was given). */
  add(error: InputError): void {
    this.problems.push(error);
  }

  private invalid(name: string, value: string, problem: string, accepted: string): void {
    this.problems.push(new InputError(name, value, problem, accepted));
  }

  private raw(name: string, required: boolean | undefined): string | undefined {
    const declared = this.declarations?.[name];
    if (this.declarations && !declared)
      throw new Error(`release-kit bug: input '${name}' is read but action.yml does not declare it.`);
    this.names.add(name);
    let value = this.read(name);
    // The runner fills defaults; the CLI and tests may not. `${{ … }}` defaults are only the runner's.
    if (value === '' && declared?.default !== undefined && !declared.default.includes('${{'))
      value = declared.default.trim();
    if (value === '') {
      if (required ?? declared?.required) this.missing.push(name);
      return undefined;
    }
    return value;
  }

  string(name: string, options: InputOptions<string> = {}): string {
    return this.raw(name, options.required) ?? options.default ?? '';
  }

  /** An optional string: `undefined` when empty. */
  optional(name: string): string | undefined {
    return this.raw(name, false);
  }

  /** A secret: masked in the log the moment it is read. */
  secret(name: string, options: InputOptions<string> = {}): string {
    const value = this.raw(name, options.required) ?? options.default ?? '';
    if (value) core.setSecret(value);
    return value;
  }

  boolean(name: string, options: InputOptions<boolean> = {}): boolean {
    const value = this.raw(name, options.required);
    if (value === undefined) return options.default ?? false;
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    this.invalid(name, value, `${show(value)} is not a boolean`, 'use true or false.');
    return options.default ?? false;
  }

  integer(name: string, options: InputOptions<number> & { min?: number; max?: number } = {}): number {
    const value = this.raw(name, options.required);
    const fallback = options.default ?? options.min ?? 0;
    if (value === undefined) return fallback;
    const range = `${options.min ?? '-∞'}..${options.max ?? '∞'}`;
    if (!/^-?\d+$/.test(value)) {
      this.invalid(name, value, `${show(value)} is not a whole number`, `use one in ${range}.`);
      return fallback;
    }
    const n = Number(value);
    if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
      this.invalid(name, value, `${n} is out of range`, `use a whole number in ${range}.`);
      return fallback;
    }
    return n;
  }

  enum<T extends string>(name: string, allowed: readonly T[], options: InputOptions<T> = {}): T {
    const value = this.raw(name, options.required);
    const fallback = options.default ?? allowed[0];
    if (value === undefined) return fallback;
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!hit) {
      this.invalid(name, value, `${show(value)} is not accepted`, `use one of: ${allowed.join(', ')}.`);
      return fallback;
    }
    return hit;
  }

  /** A newline- or comma-separated list. */
  list(
    name: string,
    options: InputOptions<string[]> & { separators?: 'newline' | 'newline-or-comma' } = {}
  ): string[] {
    const value = this.raw(name, options.required);
    if (value === undefined) return options.default ?? [];
    return parseList(value, options.separators ?? 'newline-or-comma');
  }

  /** A list whose every item must be one of `allowed`. */
  enumList<T extends string>(name: string, allowed: readonly T[], options: InputOptions<T[]> = {}): T[] {
    const items = this.list(name, { required: options.required });
    if (items.length === 0) return options.default ?? [];
    const out: T[] = [];
    for (const item of items) {
      const hit = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
      if (hit) out.push(hit);
      else
        this.invalid(
          name,
          item,
          `${show(item)} is not accepted`,
          `use one or more of: ${allowed.join(', ')}.`
        );
    }
    return [...new Set(out)];
  }

  /** Glob patterns, one per line (commas are legal inside globs, so only newlines separate). */
  globs(name: string, options: InputOptions<string[]> = {}): string[] {
    return this.list(name, { ...options, separators: 'newline' });
  }

  /** A duration such as `90s`, `10m`, `1h30m` or `0`, in milliseconds. */
  duration(name: string, options: InputOptions<number> & { max?: number } = {}): number {
    const value = this.raw(name, options.required);
    if (value === undefined) return options.default ?? 0;
    const ms = parseDuration(value);
    if (ms === undefined) {
      this.invalid(
        name,
        value,
        `${show(value)} is not a duration`,
        'use a number with a unit, such as 90s, 10m or 1h30m.'
      );
      return options.default ?? 0;
    }
    if (options.max !== undefined && ms > options.max) {
      this.invalid(name, value, `${show(value)} is longer than the maximum of ${options.max / 1000}s.`, '');
      return options.default ?? 0;
    }
    return ms;
  }

  /** `owner/name`; defaults to `GITHUB_REPOSITORY`. */
  repository(name = 'repository', options: { required?: boolean } = {}): Repository {
    const value = this.raw(name, false) ?? process.env.GITHUB_REPOSITORY ?? '';
    if (value === '') {
      if (options.required !== false) this.missing.push(`${name} (or GITHUB_REPOSITORY)`);
      return { owner: '', repo: '' };
    }
    const parsed = parseRepository(value);
    if (!parsed) {
      this.invalid(
        name,
        value,
        `${show(value)} is not a repository`,
        'use owner/name, such as octo-org/octo-repo.'
      );
      return { owner: '', repo: '' };
    }
    return parsed;
  }

  /** A tag; defaults to the tag of `GITHUB_REF` (`refs/tags/<tag>`) when `fromRef` is set. */
  tag(name = 'tag', options: { required?: boolean; fromRef?: boolean } = {}): string | undefined {
    let value = this.raw(name, false);
    if (value === undefined && options.fromRef) {
      const ref = process.env.GITHUB_REF ?? '';
      if (ref.startsWith('refs/tags/')) value = ref.slice('refs/tags/'.length);
    }
    if (value === undefined) {
      if (options.required) this.missing.push(options.fromRef ? `${name} (or a tag in GITHUB_REF)` : name);
      return undefined;
    }
    if (value.startsWith('refs/tags/')) value = value.slice('refs/tags/'.length);
    if (!isValidTag(value)) {
      this.invalid(
        name,
        value,
        `${show(value)} is not a valid tag name (no spaces, '..', '~^:?*[\\' or control characters).`,
        ''
      );
      return undefined;
    }
    return value;
  }

  /** Throws one InputErrors (a ConfigurationError) naming every missing and invalid input. */
  finish(): void {
    if (this.missing.length || this.problems.length) throw new InputErrors(this.missing, this.problems);
  }
}
