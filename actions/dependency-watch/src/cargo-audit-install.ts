import * as core from '@actions/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { getErrorMessage } from '#core/errors.js';
import { hashFile } from '#core/hash-files.js';

import { CARGO_AUDIT_ARCHIVE, CARGO_AUDIT_VERSION } from './cargo-audit-release.js';
import { logInfo } from '#core/untrusted-text.js';

function findBinary(dir: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) {
      const hit = findBinary(p);
      if (hit) return hit;
    } else if (entry === 'cargo-audit') return dir;
  }
  return undefined;
}

/** Extracts a verified archive (to a fresh temporary folder) and finds the binary in it. */
async function unpack(
  tc: typeof import('@actions/tool-cache'),
  archive: string,
  asset: string
): Promise<{ dir: string } | { reason: string }> {
  const extracted = await tc.extractTar(archive);
  const binDir = findBinary(extracted);
  return binDir
    ? { dir: binDir }
    : { reason: `the cargo-audit archive ${asset} holds no cargo-audit binary` };
}

/**
 * Puts a prebuilt cargo-audit's release archive in the tool cache (or finds it there) and returns the
 * directory holding the binary, extracted afresh. The archive must have the SHA-256 the user pinned,
 * whether just downloaded or found in the cache (a self-hosted runner's cache is written by every job
 * it ran): a binary is never run unverified. A cached copy that does not match, or that is not an
 * archive to check, is replaced by a fresh download. Only Linux x64 has a prebuilt musl binary;
 * elsewhere, when the download fails (a closed network) or the archive does not match, it returns a
 * reason instead, and the audit is reported as skipped.
 */
export async function installCargoAudit(
  expectedSha256: string
): Promise<{ dir: string } | { reason: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { reason: `no prebuilt cargo-audit for ${process.platform}/${process.arch}` };
  }
  const pinned = expectedSha256.toLowerCase();
  const tc = await import('@actions/tool-cache');
  const asset = CARGO_AUDIT_ARCHIVE;
  const cached = tc.find('cargo-audit', CARGO_AUDIT_VERSION);
  if (cached) {
    const archive = path.join(cached, asset);
    const hash = existsSync(archive) ? (await hashFile(archive, 'sha256')).hash : undefined;
    if (hash === pinned) {
      try {
        return await unpack(tc, archive, asset);
      } catch (e) {
        return { reason: `could not extract the cached ${asset}: ${getErrorMessage(e)}` };
      }
    }
    core.warning(
      hash
        ? `The cached ${asset} has SHA-256 ${hash}, not the pinned ${pinned}; it is not run, and is fetched again.`
        : `The cached cargo-audit ${CARGO_AUDIT_VERSION} has no ${asset} whose SHA-256 can be checked; it is not run, and is fetched again.`
    );
  }
  const url = `https://github.com/rustsec/rustsec/releases/download/cargo-audit%2Fv${CARGO_AUDIT_VERSION}/${asset}`;
  try {
    logInfo(`Fetching cargo-audit ${CARGO_AUDIT_VERSION} into the tool cache`);
    const archive = await tc.downloadTool(url);
    const { hash } = await hashFile(archive, 'sha256');
    if (hash !== pinned) {
      return {
        reason: `the downloaded ${asset} has SHA-256 ${hash}, not the pinned ${expectedSha256}; it was not run`
      };
    }
    // The archive is what is cached: the pinned SHA-256 can then be checked again on every later run.
    const cachedDir = await tc.cacheFile(archive, asset, 'cargo-audit', CARGO_AUDIT_VERSION);
    return await unpack(tc, path.join(cachedDir, asset), asset);
  } catch (e) {
    return { reason: `could not fetch cargo-audit ${CARGO_AUDIT_VERSION}: ${getErrorMessage(e)}` };
  }
}
