import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, getErrorMessage, InputError } from './errors.js';
import { githubStoredAssetName } from './asset-name.js';
import { assetNameProblem } from './release.js';

/** One asset a release must hold, with what is known about it beforehand. */
export interface ExpectedAsset {
  name: string;
  /** Exact size in bytes, when a manifest gives one. */
  size?: number;
  /** Lower-case hex SHA-256, when a manifest gives one. */
  sha256?: string;
  /** Where the expectation came from, for messages: `expected`, `manifest release.yml`. */
  source: string;
  /** The name as given, when GitHub stores the asset under another (`name`). */
  localName?: string;
}

/** The expected-asset specification, as the actions' inputs give it. */
export interface InventorySpec {
  /** Names or templates, one per entry (`caro-{version}-{target}`). */
  expected?: string[];
  /** Values of `{target}`; a target may carry its own suffix (`windows-amd64.exe`). */
  targets?: string[];
  /** A JSON or YAML manifest file listing names (and optional sizes and digests). */
  manifest?: string;
  /** The value of `{version}` (usually the tag without a leading `v`). */
  version?: string;
  /** The value of `{tag}`. */
  tag?: string;
  /** Input names used in messages, when an action calls them differently. */
  inputNames?: Partial<Record<'expected' | 'targets' | 'manifest', string>>;
  /** Base directory for a relative manifest path (default: the working directory). */
  cwd?: string;
}

export interface Inventory {
  /** Every expected asset once, in the order first declared. */
  assets: ExpectedAsset[];
  /** The same, by name. */
  byName: Map<string, ExpectedAsset>;
  /** Things worth a warning that do not make the specification wrong (targets nothing uses). */
  warnings: string[];
}

export const TEMPLATE_PLACEHOLDERS = ['version', 'tag', 'target'] as const;
export type Placeholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

type Piece = { text: string } | { placeholder: Placeholder };

const SHA256_HEX = /^[0-9a-f]{64}$/i;

function show(value: string): string {
  return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
}

/**
 * Splits a template into literal text and placeholders. `{{` and `}}` stand for literal braces.
 * @throws InputError for an unknown placeholder or an unbalanced brace, naming the input.
 */
export function parseTemplate(template: string, inputName = 'expected'): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  const accepted = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && template[i + 1] === '{') {
      text += '{';
      i++;
    } else if (c === '}' && template[i + 1] === '}') {
      text += '}';
      i++;
    } else if (c === '{') {
      const end = template.indexOf('}', i + 1);
      const nextOpen = template.indexOf('{', i + 1);
      if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
        throw new InputError(
          inputName,
          template,
          `template ${show(template)} has a '{' without its '}' (at character ${i + 1}).`,
          `Placeholders are ${accepted}; write {{ for a literal brace.`
        );
      }
      const name = template.slice(i + 1, end);
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
        throw new InputError(
          inputName,
          template,
          `template ${show(template)} uses the unknown placeholder {${name}}.`,
          `Placeholders are ${accepted}; write {{ and }} for literal braces.`
        );
      }
      if (text) pieces.push({ text });
      text = '';
      pieces.push({ placeholder: name as Placeholder });
      i = end;
    } else if (c === '}') {
      throw new InputError(
        inputName,
        template,
        `template ${show(template)} has a '}' without its '{' (at character ${i + 1}).`,
        `Placeholders are ${accepted}; write }} for a literal brace.`
      );
    } else text += c;
  }
  if (text) pieces.push({ text });
  return pieces;
}

/** True when the template holds `{target}` (it then expands once per target). */
export function usesTarget(template: string, inputName = 'expected'): boolean {
  return parseTemplate(template, inputName).some((p) => 'placeholder' in p && p.placeholder === 'target');
}

/**
 * Expands one template into asset names: once, or once per target when it holds `{target}`.
 * Every name is checked to be one GitHub stores as given.
 * @throws ConfigurationError for a malformed template, `{target}` without targets, `{version}`/`{tag}`
 *   without a value, or an expanded name that is not a safe asset name.
 */
export function expandTemplate(
  template: string,
  values: { version?: string; tag?: string; targets?: string[] },
  inputName = 'expected',
  targetsInput = 'targets'
): string[] {
  const pieces = parseTemplate(template, inputName);
  const used = new Set(pieces.flatMap((p) => ('placeholder' in p ? [p.placeholder] : [])));
  for (const key of ['version', 'tag'] as const) {
    if (used.has(key) && !values[key]) {
      throw new InputError(
        inputName,
        template,
        `template ${show(template)} uses {${key}}, but there is no ${key}`,
        `(set the '${key}' input, or run on a tag).`
      );
    }
  }
  const targets = values.targets ?? [];
  if (used.has('target') && targets.length === 0) {
    throw new InputError(
      inputName,
      template,
      `template ${show(template)} uses {target}, but '${targetsInput}' is empty.`,
      'List the targets (newline- or comma-separated), such as linux-amd64, windows-amd64.exe.'
    );
  }
  const render = (target?: string) =>
    pieces
      .map((p) => ('text' in p ? p.text : p.placeholder === 'target' ? target! : values[p.placeholder]!))
      .join('');
  const names = used.has('target') ? targets.map(render) : [render()];
  for (const name of names) {
    const problem = assetNameProblem(name);
    if (problem) {
      throw new InputError(
        inputName,
        template,
        `template ${show(template)} gives the asset name ${show(name)}, which is not a safe asset name: ${problem}.`
      );
    }
  }
  return names;
}

/**
 * The version a release tag stands for, for `{version}` when no version is given: the tag without a
 * leading `v` (`v1.2.3` → `1.2.3`).
 */
export function versionFromTag(tag: string): string {
  return tag.replace(/^[vV]/, '');
}

/** The `checksums` modes that are not a file name. */
export const CHECKSUM_MODES = ['auto', 'sidecars', 'none'] as const;

/**
 * Reads a `checksums` input (verify-release-assets, qe-signoff-gate): `auto`, `sidecars` or `none` in
 * any case, else the name of the checksum file asset, which may use `{version}` and `{tag}` like the
 * expected names.
 * @returns the mode in lower case, or the expanded file name.
 * @throws InputError naming the input and the accepted values for a malformed template, an
 *   unset `{version}`/`{tag}`, `{target}`, or a name that is not a safe asset name.
 */
export function parseChecksumsInput(
  text: string,
  values: { version?: string; tag?: string },
  inputName = 'checksums'
): string {
  const mode = text.toLowerCase();
  if ((CHECKSUM_MODES as readonly string[]).includes(mode)) return mode;
  const accepted = `Use ${CHECKSUM_MODES.join(', ')}, or the name of a checksum file asset such as SHA256SUMS.txt.`;
  let names: string[];
  try {
    names = expandTemplate(text, { version: values.version, tag: values.tag }, inputName);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(e.input, e.value, `${e.problem}${e.accepted ? ` ${e.accepted}` : ''}`, accepted);
  }
  return names[0];
}

/** Entries of a manifest, before expansion. */
interface ManifestEntry {
  name: string;
  size?: number;
  sha256?: string;
}

function manifestError(file: string, inputName: string, detail: string): InputError {
  return new InputError(
    inputName,
    file,
    `manifest ${show(file)} ${detail}.`,
    'Accepted: a JSON or YAML list of names or of {name, size?, sha256?} objects, or an object {assets: [...], targets?: [...]}.'
  );
}

function parseDigest(value: unknown, where: string, file: string, inputName: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  const hex = text.toLowerCase().startsWith('sha256:') ? text.slice(7) : text;
  if (!SHA256_HEX.test(hex))
    throw manifestError(
      file,
      inputName,
      `gives ${where} the digest ${show(text)}, which is not a SHA-256 (64 hex digits, optionally prefixed sha256:)`
    );
  return hex.toLowerCase();
}

/**
 * Reads a manifest file: a JSON or YAML list of names or `{name, size?, sha256?}` objects (`digest:
 * sha256:<hex>` is accepted for `sha256`), or an object `{assets: [...], targets?: [...]}`. Names may be
 * templates, expanded like the `expected` input.
 * @throws ConfigurationError when the file is unreadable or not in that shape.
 */
export async function readManifest(
  file: string,
  inputName = 'manifest',
  cwd = process.cwd()
): Promise<{ entries: ManifestEntry[]; targets?: string[] }> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw manifestError(
      file,
      inputName,
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`
    );
  }
  let doc: unknown;
  try {
    // YAML is a superset of JSON, but JSON.parse first keeps the yaml parser out of the common path.
    doc = /\.json$/i.test(file)
      ? JSON.parse(text)
      : (await import('yaml')).parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw manifestError(
      file,
      inputName,
      `is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${getErrorMessage(e).split('\n')[0]})`
    );
  }
  let list: unknown = doc;
  let targets: string[] | undefined;
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const obj = doc as Record<string, unknown>;
    list = obj.assets;
    if (obj.targets !== undefined) {
      if (!Array.isArray(obj.targets) || obj.targets.some((t) => typeof t !== 'string' || t.trim() === '')) {
        throw manifestError(file, inputName, 'has a targets entry that is not a list of non-empty strings');
      }
      targets = (obj.targets as string[]).map((t) => t.trim());
    }
  }
  if (!Array.isArray(list)) throw manifestError(file, inputName, 'holds no list of assets');
  const entries = list.map((item, i): ManifestEntry => {
    const where = `entry ${i + 1}`;
    if (typeof item === 'string') return { name: item.trim() };
    if (!item || typeof item !== 'object' || typeof (item as { name?: unknown }).name !== 'string') {
      throw manifestError(file, inputName, `has ${where} without a name`);
    }
    const o = item as Record<string, unknown>;
    let size: number | undefined;
    if (o.size !== undefined && o.size !== null) {
      size = Number(o.size);
      if (!Number.isSafeInteger(size) || size < 0)
        throw manifestError(
          file,
          inputName,
          `gives ${where} the size ${show(String(o.size))}, which is not a whole number of bytes`
        );
    }
    const sha256 = parseDigest(o.sha256 ?? o.digest, where, file, inputName);
    return { name: (o.name as string).trim(), size, sha256 };
  });
  return { entries, targets };
}

/**
 * Builds the expected-asset set from the `expected` templates and/or a manifest (their union).
 * Names are expanded, validated and de-duplicated; a name declared twice with different sizes or digests
 * is a mistake.
 * @throws ConfigurationError for a malformed template or manifest, or an empty expected set.
 */
export async function buildInventory(spec: InventorySpec): Promise<Inventory> {
  const names = { expected: 'expected', targets: 'targets', manifest: 'manifest', ...spec.inputNames };
  const values = { version: spec.version, tag: spec.tag, targets: spec.targets ?? [] };
  const byName = new Map<string, ExpectedAsset>();
  const warnings: string[] = [];
  let targetUsed = false;

  const add = (asset: ExpectedAsset, inputName: string) => {
    // GitHub renames some uploads (`1~bpo12` → `1.bpo12`): look for the asset where GitHub keeps it.
    const stored = githubStoredAssetName(asset.name);
    if (stored !== asset.name) {
      warnings.push(
        `${show(asset.name)} is stored by GitHub as ${show(stored)}; it is looked for under that name.`
      );
      asset = { ...asset, name: stored, localName: asset.name };
    }
    const prior = byName.get(asset.name);
    if (!prior) {
      byName.set(asset.name, asset);
      return;
    }
    for (const key of ['size', 'sha256'] as const) {
      if (asset[key] !== undefined && prior[key] !== undefined && asset[key] !== prior[key]) {
        throw new InputError(
          inputName,
          asset.name,
          `asset ${show(asset.name)} is declared twice with different ${key === 'size' ? 'sizes' : 'SHA-256 digests'} (${prior[key]} from ${prior.source}, ${asset[key]} from ${asset.source}).`
        );
      }
      if (prior[key] === undefined && asset[key] !== undefined)
        (prior as unknown as Record<string, unknown>)[key] = asset[key];
    }
  };

  for (const template of spec.expected ?? []) {
    if (usesTarget(template, names.expected)) targetUsed = true;
    for (const name of expandTemplate(template, values, names.expected, names.targets))
      add({ name, source: 'expected' }, names.expected);
  }

  if (spec.manifest) {
    const manifest = await readManifest(spec.manifest, names.manifest, spec.cwd);
    const manifestValues = { ...values, targets: manifest.targets ?? values.targets };
    const targetsInput = manifest.targets ? `targets of ${spec.manifest}` : names.targets;
    for (const entry of manifest.entries) {
      if (usesTarget(entry.name, names.manifest)) targetUsed = true;
      const expanded = expandTemplate(entry.name, manifestValues, names.manifest, targetsInput);
      if (expanded.length > 1 && (entry.size !== undefined || entry.sha256 !== undefined)) {
        throw manifestError(
          spec.manifest,
          names.manifest,
          `gives a size or digest to the template ${show(entry.name)}, which names ${expanded.length} assets; list them one by one instead`
        );
      }
      for (const name of expanded)
        add(
          { name, size: entry.size, sha256: entry.sha256, source: `manifest ${spec.manifest}` },
          names.manifest
        );
    }
  }

  if (byName.size === 0) {
    const given = [
      spec.expected?.length ? `'${names.expected}'` : '',
      spec.manifest ? `'${names.manifest}' (${spec.manifest})` : ''
    ].filter(Boolean);
    throw new ConfigurationError(
      given.length
        ? `The expected asset set is empty: ${given.join(' and ')} name no asset. List the asset names or templates such as caro-{version}-{target}.`
        : `No expected assets: set '${names.expected}' (names or templates such as caro-{version}-{target}, with '${names.targets}') or '${names.manifest}' (a JSON or YAML file).`
    );
  }
  if (values.targets.length && !targetUsed) {
    warnings.push(
      `'${names.targets}' is set, but no expected name uses {target}, so the targets are unused.`
    );
  }
  return { assets: [...byName.values()], byName, warnings };
}
