import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getErrorMessage } from '#core/errors.js';
import { hashFile } from '#core/hash-files.js';
import { readVcsInfo } from './crate-archive.js';
import type { Propagation } from './propagation.js';
import type { RegistryClient } from '#core/crates/registry-client.js';
import type { CrateTarget } from './targets.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** One check of one crate: its rule name (for report.fail), verdict and what was seen. */
export interface Check {
  rule: string;
  status: CheckStatus;
  detail: string;
}

/** Everything learnt about one crate version. */
export interface CrateResult {
  name: string;
  version: string;
  /** The index's `cksum` (the registry's word for the checksum). */
  cksum?: string;
  apiChecksum?: string;
  downloadSha256?: string;
  crateFileSha256?: string;
  yanked?: boolean;
  apiVisible: boolean;
  indexVisible: boolean;
  secondsWaited: number;
  /** Input-time seconds until the API and the index first listed the version. */
  apiSeconds?: number;
  indexSeconds?: number;
  /** True when every hash compared agreed (undefined: nothing could be compared). */
  checksumMatch?: boolean;
  vcsSha1?: string;
  checks: Check[];
}

export interface VerifyOptions {
  commit?: string;
  allowYanked: boolean;
  /** Where downloads are written (a temp dir below RUNNER_TEMP). */
  tempDir: string;
  /** Bytes a `.crate` download may have (the `max-crate-size` input). */
  maxCrateBytes?: number;
}

const tenths = (ms: number) => Math.round(ms / 100) / 10;

/** A result for a crate that was not (or not fully) seen on the registry. */
export function resultFromPropagation(p: Propagation): CrateResult {
  return {
    name: p.name,
    version: p.version,
    cksum: p.index?.cksum,
    apiChecksum: p.api?.checksum,
    yanked: p.index || p.api ? p.index?.yanked === true || p.api?.yanked === true : undefined,
    apiVisible: p.api !== undefined,
    indexVisible: p.index !== undefined,
    secondsWaited: tenths(p.waitedMs),
    apiSeconds: p.apiSeenAfterMs === undefined ? undefined : tenths(p.apiSeenAfterMs),
    indexSeconds: p.indexSeenAfterMs === undefined ? undefined : tenths(p.indexSeenAfterMs),
    checks: []
  };
}

/**
 * Compares the three sources of a visible version — the index line, the API record and the SHA-256 of
 * the `.crate` downloaded from `dl` (plus the local `crate-file`) — and checks the commit recorded
 * in its `.cargo_vcs_info.json` and its yanked state.
 */
export async function verifyCrate(
  client: RegistryClient,
  target: CrateTarget,
  p: Propagation,
  options: VerifyOptions
): Promise<CrateResult> {
  const result = resultFromPropagation(p);
  const index = p.index!;
  const api = p.api!;
  const checks = result.checks;
  checks.push({ rule: 'visible', status: 'pass', detail: p.detail });

  // Index and API must tell the same story.
  if (api.checksum !== undefined && api.checksum !== index.cksum) {
    checks.push({
      rule: 'sources-agree',
      status: 'fail',
      detail: `the API's checksum ${api.checksum} differs from the index cksum ${index.cksum}`
    });
  } else if (api.yanked !== index.yanked) {
    checks.push({
      rule: 'sources-agree',
      status: 'fail',
      detail: `the API says yanked=${api.yanked} but the index says yanked=${index.yanked} (a yank still propagating?)`
    });
  } else
    checks.push({
      rule: 'sources-agree',
      status: 'pass',
      detail: `index and API agree (cksum ${index.cksum}, yanked=${index.yanked})`
    });

  let matches = api.checksum === undefined || api.checksum === index.cksum;
  const dir = mkdtempSync(path.join(options.tempDir, 'crate-'));
  try {
    const file = path.join(dir, `${target.name}-${target.version}.crate`);
    let bytes: Buffer | undefined;
    try {
      const dl = await client.download(target.name, target.version, index.cksum, file, options.maxCrateBytes);
      result.downloadSha256 = dl.sha256;
      bytes = readFileSync(file);
    } catch (e) {
      checks.push({
        rule: 'download',
        status: 'fail',
        detail: `downloading the .crate failed: ${getErrorMessage(e)}`
      });
      matches = false;
    }
    if (result.downloadSha256 !== undefined) {
      if (result.downloadSha256 === index.cksum)
        checks.push({
          rule: 'download-checksum',
          status: 'pass',
          detail: `downloaded .crate SHA-256 ${result.downloadSha256} equals the index cksum`
        });
      else {
        matches = false;
        checks.push({
          rule: 'download-checksum',
          status: 'fail',
          detail: `checksum mismatch: downloaded .crate SHA-256 ${result.downloadSha256}, index cksum ${index.cksum}`
        });
      }
    }

    if (target.crateFile) {
      try {
        result.crateFileSha256 = (await hashFile(target.crateFile, 'sha256')).hash;
        if (result.crateFileSha256 === index.cksum)
          checks.push({
            rule: 'crate-file-checksum',
            status: 'pass',
            detail: `${target.crateFile} SHA-256 equals the index cksum`
          });
        else {
          matches = false;
          checks.push({
            rule: 'crate-file-checksum',
            status: 'fail',
            detail: `checksum mismatch: the local ${path.basename(target.crateFile)} has SHA-256 ${result.crateFileSha256}, the registry's cksum is ${index.cksum} — the published crate is not the one built here`
          });
        }
      } catch (e) {
        const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
        if (missing && !target.crateFileExplicit)
          checks.push({ rule: 'crate-file-checksum', status: 'skip', detail: 'no local .crate to compare' });
        else {
          matches = false;
          checks.push({
            rule: 'crate-file-checksum',
            status: 'fail',
            detail: `cannot read crate-file ${target.crateFile}: ${getErrorMessage(e)}`
          });
        }
      }
    } else
      checks.push({
        rule: 'crate-file-checksum',
        status: 'skip',
        detail: 'no local .crate given or found in target/package'
      });

    if (bytes) checks.push(provenance(result, bytes, target, options.commit));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  result.checksumMatch = matches;

  if (index.yanked || api.yanked) {
    checks.push(
      options.allowYanked
        ? {
            rule: 'yanked',
            status: 'warn',
            detail: `${target.name} ${target.version} is yanked (allowed by allow-yanked)`
          }
        : {
            rule: 'yanked',
            status: 'fail',
            detail: `${target.name} ${target.version} is yanked${api.yank_message ? `: ${api.yank_message}` : ''}`
          }
    );
  } else checks.push({ rule: 'yanked', status: 'pass', detail: 'not yanked' });
  return result;
}

function provenance(result: CrateResult, bytes: Buffer, target: CrateTarget, commit?: string): Check {
  let info;
  try {
    info = readVcsInfo(bytes, target.name, target.version);
  } catch (e) {
    return {
      rule: 'provenance',
      status: 'fail',
      detail: `the downloaded .crate cannot be read as a gzip'd tar: ${getErrorMessage(e)}`
    };
  }
  result.vcsSha1 = info?.sha1;
  if (!commit)
    return {
      rule: 'provenance',
      status: 'skip',
      detail: `no commit to compare (set commit or GITHUB_SHA); the crate records ${info?.sha1 ?? 'none'}`
    };
  if (!info || !info.sha1) {
    return {
      rule: 'provenance',
      status: 'fail',
      detail: `the published .crate has no .cargo_vcs_info.json git.sha1, so it was not packaged from a git checkout; expected commit ${commit}`
    };
  }
  if (info.sha1 !== commit) {
    return {
      rule: 'provenance',
      status: 'fail',
      detail: `the published .crate was packaged from commit ${info.sha1}, not ${commit}`
    };
  }
  if (info.dirty)
    return {
      rule: 'provenance',
      status: 'warn',
      detail: `packaged from ${commit} with uncommitted changes (dirty: true)`
    };
  return {
    rule: 'provenance',
    status: 'pass',
    detail: `packaged from commit ${commit}${info.pathInVcs ? ` (${info.pathInVcs})` : ''}`
  };
}
