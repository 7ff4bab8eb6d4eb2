import { CratesApiError } from './errors.js';
import { errorText } from '../error-text.js';

/** A dependency as the sparse index lists it (cargo's `RegistryDependency`). */
export interface IndexDependency {
  /** The name used in `Cargo.toml` (the rename when there is one). */
  name: string;
  req: string;
  features: string[];
  optional: boolean;
  default_features: boolean;
  target: string | null;
  kind: 'normal' | 'dev' | 'build';
  /** Index URL of another registry; absent for this one. */
  registry?: string;
  /** The real package name when `name` is a rename. */
  package?: string;
}

/** A dependency as `cargo publish` sends it (`NewCrateDependency`). */
interface PublishDependency {
  name: string;
  version_req: string;
  features?: string[];
  optional?: boolean;
  default_features?: boolean;
  target?: string | null;
  kind?: 'normal' | 'dev' | 'build' | null;
  registry?: string | null;
  explicit_name_in_toml?: string | null;
}

/** The JSON half of the publish body (cargo's `NewCrate`). */
export interface PublishMetadata {
  name: string;
  vers: string;
  deps: PublishDependency[];
  features: Record<string, string[]>;
  authors?: string[];
  description?: string | null;
  documentation?: string | null;
  homepage?: string | null;
  readme?: string | null;
  keywords?: string[];
  categories?: string[];
  license?: string | null;
  license_file?: string | null;
  repository?: string | null;
  links?: string | null;
  rust_version?: string | null;
}

export interface PublishRequest {
  metadata: PublishMetadata;
  crate: Buffer;
}

/**
 * Splits cargo's publish body: a u32 little-endian length and that much JSON metadata, then a u32
 * little-endian length and that many bytes of `.crate`.
 */
export function parsePublishBody(body: Buffer): PublishRequest {
  const fail = (why: string): never => {
    throw new CratesApiError(400, `invalid upload request: ${why}`);
  };
  if (body.length < 4) fail('body too short for the metadata length');
  const jsonLength = body.readUInt32LE(0);
  if (4 + jsonLength + 4 > body.length) fail('metadata length exceeds the body');
  let metadata: PublishMetadata;
  try {
    metadata = JSON.parse(body.subarray(4, 4 + jsonLength).toString('utf8')) as PublishMetadata;
  } catch (e) {
    return fail(`metadata is not JSON (${errorText(e)})`);
  }
  const crateLength = body.readUInt32LE(4 + jsonLength);
  const start = 8 + jsonLength;
  if (start + crateLength !== body.length)
    fail(`crate length ${crateLength} does not match the ${body.length - start} bytes sent`);
  if (typeof metadata?.name !== 'string' || typeof metadata.vers !== 'string')
    fail('metadata needs `name` and `vers`');
  if (!Array.isArray(metadata.deps)) metadata.deps = [];
  if (!metadata.features || typeof metadata.features !== 'object') metadata.features = {};
  return { metadata, crate: body.subarray(start) };
}

/** Builds the wire body `cargo publish` sends, for tests and seeding over HTTP. */
export function encodePublishBody(metadata: PublishMetadata, crate: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(metadata), 'utf8');
  const a = Buffer.alloc(4);
  a.writeUInt32LE(json.length);
  const b = Buffer.alloc(4);
  b.writeUInt32LE(crate.length);
  return Buffer.concat([a, json, b, crate]);
}

/**
 * Turns a publish dependency into the index shape: cargo sends the real package name in `name` and
 * the rename in `explicit_name_in_toml`; the index puts the rename in `name` and the real one in `package`.
 */
export function toIndexDependency(dep: PublishDependency): IndexDependency {
  const out: IndexDependency = {
    name: dep.explicit_name_in_toml || dep.name,
    req: dep.version_req,
    features: dep.features ?? [],
    optional: dep.optional ?? false,
    default_features: dep.default_features ?? true,
    target: dep.target ?? null,
    kind: dep.kind ?? 'normal'
  };
  if (dep.registry) out.registry = dep.registry;
  if (dep.explicit_name_in_toml) out.package = dep.name;
  return out;
}

/**
 * Features that use the `dep:` or `?/` syntax go to `features2` with `v: 2`, as crates.io writes
 * them, so that cargo versions older than 1.60 (which cannot parse them) skip the line.
 */
export function splitFeatures(features: Record<string, string[]>): {
  features: Record<string, string[]>;
  features2?: Record<string, string[]>;
} {
  const plain: Record<string, string[]> = {};
  const v2: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(features)) {
    if (values.some((v) => v.startsWith('dep:') || v.includes('?/'))) v2[name] = values;
    else plain[name] = values;
  }
  return Object.keys(v2).length ? { features: plain, features2: v2 } : { features: plain };
}
