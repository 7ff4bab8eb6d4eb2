/**
 * What a release's own checksum files and `.sha256` sidecars say its assets' SHA-256 should be: the
 * "claims" the asset-verification engine compares with the API digest and the downloaded bytes.
 */
import { githubStoredAssetName } from './asset-name.js';
import type { HashedAsset } from './asset-hashing.js';
import { ChecksumFileEncodingError, parseChecksumFile, parseSidecar } from './checksums.js';
import { getErrorMessage } from './errors.js';
import type { ReleaseAsset } from './release.js';

/** Checksum files `checksums: auto` looks for, in this order (case-insensitive). */
export const DEFAULT_CHECKSUM_FILES = ['SHA256SUMS.txt', 'SHA256SUMS', 'checksums.txt'] as const;

/** `auto`, `sidecars`, `none`, or the name of a checksum file asset. */
export type ChecksumMode = string;

/** Where a SHA-256 came from. `manifest`, `checksum-file` and `sidecar` are claims; the others are observations. */
export type DigestKind = 'manifest' | 'checksum-file' | 'sidecar' | 'api-digest' | 'download';

export interface DigestSource {
  kind: DigestKind;
  /** For people: `SHA256SUMS.txt line 3`, `sidecar caro-1.0-linux-amd64.sha256`, `the API digest`. */
  label: string;
  sha256: string;
}

/** Something that makes an asset's checksums disagree, for people. */
export interface Mismatch {
  name: string;
  detail: string;
}

/** A line of a checksum file or a sidecar naming an asset the release does not hold. */
export interface ListedAbsent {
  name: string;
  source: string;
}

// A sidecar or checksum file larger than this is not one; it is read only this far.
export const SIDECAR_LIMIT = 64 * 1024;
export const CHECKSUM_FILE_LIMIT = 16 * 1024 * 1024;

export interface ClaimSources {
  /** Checksum files to read. */
  files: ReleaseAsset[];
  /** `<asset>.sha256` sidecars to read. */
  sidecars: ReleaseAsset[];
  /** A checksum file named in `checksums` that the release lacks. */
  missing?: string;
}

function isUploaded(asset: ReleaseAsset): boolean {
  return asset.state === 'uploaded';
}

/** The checksum files and sidecars a `checksums` mode reads (only complete uploads; a named file is required). */
export function chooseClaimSources(mode: ChecksumMode, releaseAssets: readonly ReleaseAsset[]): ClaimSources {
  if (mode === 'none') return { files: [], sidecars: [] };
  let files: ReleaseAsset[] = [];
  let missing: string | undefined;
  if (mode === 'auto') {
    const lower = new Map(releaseAssets.map((a) => [a.name.toLowerCase(), a]));
    files = [...new Set(DEFAULT_CHECKSUM_FILES.map((n) => lower.get(n.toLowerCase())))].filter(
      (a): a is ReleaseAsset => a !== undefined
    );
  } else if (mode !== 'sidecars') {
    const file = releaseAssets.find((a) => a.name === mode);
    if (file) files = [file];
    else missing = mode;
  }
  const sidecars = releaseAssets.filter(
    (a) => a.name.toLowerCase().endsWith('.sha256') && a.name.length > '.sha256'.length && !files.includes(a)
  );
  return { files: files.filter(isUploaded), sidecars: sidecars.filter(isUploaded), missing };
}

/**
 * The asset a checksum line names: `sha256sum dist/*` writes `dist/name`, release assets are flat, and
 * GitHub stores some names changed (`1~bpo12` as `1.bpo12`).
 */
function assetNameOf(listed: string): string {
  return githubStoredAssetName(listed.replace(/^\.\//, '').split('/').pop()!);
}

export interface Claims {
  /** SHA-256 claims by asset name, for assets the release holds. */
  byAsset: Map<string, DigestSource[]>;
  /** Sidecars that cannot vouch for their asset (unparseable, or naming another file). */
  mismatches: Mismatch[];
  listedAbsent: ListedAbsent[];
  /** The checksum files and sidecars actually read. */
  checksumFiles: string[];
  sidecars: string[];
  failures: { rule: string; detail: string }[];
  warnings: string[];
}

/**
 * Reads the claims out of the checksum files and sidecars already downloaded (`read`, their first bytes
 * in `head`). Sources whose download failed are skipped: that failure is reported with the download.
 */
export function readClaims(
  sources: ClaimSources,
  read: ReadonlyMap<string, HashedAsset>,
  releaseAssets: readonly ReleaseAsset[]
): Claims {
  const present = new Set(releaseAssets.map((a) => a.name));
  const out: Claims = {
    byAsset: new Map(),
    mismatches: [],
    listedAbsent: [],
    checksumFiles: [],
    sidecars: [],
    failures: [],
    warnings: []
  };
  if (sources.missing) {
    out.failures.push({
      rule: 'checksum-file-missing',
      detail: `The checksum file ${sources.missing} named in 'checksums' is not on the release.`
    });
  }
  const claim = (name: string, source: DigestSource) => {
    if (present.has(name)) out.byAsset.set(name, [...(out.byAsset.get(name) ?? []), source]);
    else out.listedAbsent.push({ name, source: source.label });
  };

  for (const file of sources.files) {
    const head = read.get(file.name)?.head;
    if (!head) continue;
    if (file.size > CHECKSUM_FILE_LIMIT) {
      out.failures.push({
        rule: 'checksum-file-unreadable',
        detail: `${file.name} is ${file.size} bytes: too large for a checksum file.`
      });
      continue;
    }
    let parsed;
    try {
      parsed = parseChecksumFile(head);
    } catch (e) {
      const detail = e instanceof ChecksumFileEncodingError ? e.message : getErrorMessage(e);
      out.failures.push({ rule: 'checksum-file-unreadable', detail: `${file.name}: ${detail}` });
      continue;
    }
    out.checksumFiles.push(file.name);
    const malformed = parsed.malformed.filter((m) => m.reason !== 'empty line');
    if (malformed.length) {
      const lines = malformed
        .slice(0, 5)
        .map((m) => `line ${m.line}: ${m.reason}`)
        .join('; ');
      out.warnings.push(
        `${file.name} has ${malformed.length} malformed line${malformed.length > 1 ? 's' : ''} (ignored): ${lines}.`
      );
    }
    const sha256 = parsed.entries.filter((e) => e.algorithm === 'sha256');
    for (const entry of sha256) {
      claim(assetNameOf(entry.name), {
        kind: 'checksum-file',
        label: `${file.name} line ${entry.line}`,
        sha256: entry.hash
      });
    }
    if (sha256.length === 0) {
      out.failures.push({
        rule: 'checksum-file-unreadable',
        detail: `${file.name} lists no SHA-256 checksum.`
      });
    }
  }

  for (const sidecar of sources.sidecars) {
    const target = sidecar.name.slice(0, -'.sha256'.length);
    const label = `sidecar ${sidecar.name}`;
    if (!present.has(target)) {
      out.listedAbsent.push({ name: target, source: label });
      continue;
    }
    const head = read.get(sidecar.name)?.head;
    if (!head) continue;
    out.sidecars.push(sidecar.name);
    const parsed = sidecar.size <= SIDECAR_LIMIT ? parseSidecar(head.toString('utf8'), 'sha256') : undefined;
    if (!parsed) {
      out.mismatches.push({
        name: target,
        detail: `${label} is unusable: it is not a SHA-256 sidecar (one line: a hash, optionally followed by the file name)`
      });
      continue;
    }
    const named = parsed.name === undefined ? undefined : assetNameOf(parsed.name);
    if (named !== undefined && named !== target) {
      out.mismatches.push({ name: target, detail: `${label} names ${JSON.stringify(named)}, not ${target}` });
    }
    claim(target, { kind: 'sidecar', label, sha256: parsed.hash });
  }
  return out;
}
