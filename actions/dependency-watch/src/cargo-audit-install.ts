import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getErrorMessage } from '#core/errors.js';
import { hashFile } from '#core/hash-files.js';

import { CARGO_AUDIT_ARCHIVE, CARGO_AUDIT_VERSION } from './cargo-audit-release.js';

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

/**
 * Puts a prebuilt cargo-audit in the tool cache (or finds it there) and returns the directory holding
 * the binary. The archive must have the SHA-256 the user pinned: a downloaded binary is never run
 * unverified. Only Linux x64 has a prebuilt musl binary; elsewhere, when the download fails (a closed
 * network) or the archive does not match, it returns a reason instead, and the audit is reported as skipped.
 */
export async function installCargoAudit(
  expectedSha256: string
): Promise<{ dir: string } | { reason: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { reason: `no prebuilt cargo-audit for ${process.platform}/${process.arch}` };
  }
  const tc = await import('@actions/tool-cache');
  const cached = tc.find('cargo-audit', CARGO_AUDIT_VERSION);
  if (cached) return { dir: findBinary(cached) ?? cached };
  const asset = CARGO_AUDIT_ARCHIVE;
  const url = `https://github.com/rustsec/rustsec/releases/download/cargo-audit%2Fv${CARGO_AUDIT_VERSION}/${asset}`;
  try {
    core.info(`Fetching cargo-audit ${CARGO_AUDIT_VERSION} into the tool cache`);
    const archive = await tc.downloadTool(url);
    const { hash } = await hashFile(archive, 'sha256');
    if (hash !== expectedSha256.toLowerCase()) {
      return {
        reason: `the downloaded ${asset} has SHA-256 ${hash}, not the pinned ${expectedSha256}; it was not run`
      };
    }
    const extracted = await tc.extractTar(archive);
    const binDir = findBinary(extracted);
    if (!binDir) return { reason: `the cargo-audit archive ${asset} holds no cargo-audit binary` };
    const cachedDir = await tc.cacheDir(binDir, 'cargo-audit', CARGO_AUDIT_VERSION);
    return { dir: cachedDir };
  } catch (e) {
    return { reason: `could not fetch cargo-audit ${CARGO_AUDIT_VERSION}: ${getErrorMessage(e)}` };
  }
}
