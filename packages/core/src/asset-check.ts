/*
 * The asset check as one feature, shared whole by verify-release-assets and qe-signoff-gate: its inputs
 * (read as a group, under each action's names), then find → wait → verify, and one result whose rows are
 * the truth. An action maps the result to its own report or evidence; a new verification input is added
 * here and in the action.yml files that declare the group, nowhere else. This module loads only what
 * reading inputs needs: the engine (and Octokit behind the release model) is imported when a check runs.
 */
import type { AssetOpener, AssetStatus, VerificationResult } from './asset-verification.js';
import { InputError } from './errors.js';
import type { InputReader } from './inputs.js';
import { parseChecksumsInput, parseTemplate, versionFromTag, type Inventory } from './inventory.js';
import type { ReleaseAsset } from './release.js';
import type { Status } from './report.js';

export type DownloadMode = 'auto' | 'always' | 'never';
export const DOWNLOAD_MODES: readonly DownloadMode[] = ['auto', 'always', 'never'];

/**
 * The inputs of the group by role, with their usual names. An action that names one differently passes
 * the difference (the gate's `expected-assets`); each action's action.yml declares every one of them.
 */
export const ASSET_CHECK_INPUTS = {
  expected: 'expected',
  targets: 'targets',
  manifest: 'manifest',
  version: 'version',
  checksums: 'checksums',
  download: 'download',
  allowExtra: 'allow-extra',
  minSize: 'min-size',
  concurrency: 'concurrency'
} as const;

export type AssetCheckRole = keyof typeof ASSET_CHECK_INPUTS;
export type AssetCheckNames = Record<AssetCheckRole, string>;

/** The asset check's inputs, read and validated. */
export interface AssetCheckSettings {
  /** Expected names or templates, one per line (names may hold commas). */
  expected: string[];
  targets: string[];
  manifest?: string;
  /** The `version` input as given; see effectiveVersion. */
  version?: string;
  /** `auto`, `sidecars`, `none`, or a checksum file asset name (templates expanded). */
  checksums: string;
  download: DownloadMode;
  allowExtra: boolean;
  minSize: number;
  concurrency: number;
  /** The input name of each role in this action, for messages. */
  names: AssetCheckNames;
}

/** The version templates expand with: the input, else the tag without its leading `v`. */
export function effectiveVersion(settings: AssetCheckSettings, tag: string | undefined): string {
  return settings.version ?? (tag ? versionFromTag(tag) : '');
}

/**
 * Reads the group's inputs with the action's reader (so defaults and required flags come from the
 * action's own action.yml, and problems are reported with every other input's). Template syntax and the
 * checksums input are checked here; templates are expanded when the inventory is built.
 */
export function readAssetCheckInputs(
  reader: InputReader,
  options: { names?: Partial<AssetCheckNames>; tag?: string } = {}
): AssetCheckSettings {
  const names: AssetCheckNames = { ...ASSET_CHECK_INPUTS, ...options.names };
  const expected = reader.list(names.expected, { separators: 'newline' });
  const targets = reader.list(names.targets);
  const manifest = reader.optional(names.manifest);
  const version = reader.optional(names.version);
  let checksums = reader.string(names.checksums);
  const download = reader.enum(names.download, DOWNLOAD_MODES);
  const allowExtra = reader.boolean(names.allowExtra);
  const minSize = reader.integer(names.minSize, { min: 0 });
  const concurrency = reader.integer(names.concurrency, { min: 1, max: 32 });
  for (const template of expected) {
    try {
      parseTemplate(template, names.expected);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reader.add(e);
    }
  }
  const settings = {
    expected,
    targets,
    manifest,
    version,
    checksums,
    download,
    allowExtra,
    minSize,
    concurrency,
    names
  };
  try {
    checksums = parseChecksumsInput(
      checksums,
      { version: effectiveVersion(settings, options.tag), tag: options.tag },
      names.checksums
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    reader.add(e);
  }
  return { ...settings, checksums };
}

/**
 * How each row status reads in a summary, and whether it passes. Here, beside the check, so that a new
 * status (from a new verification input) is labelled once for every action that shows the rows.
 */
export const ASSET_STATUS_LABELS: Record<AssetStatus, { status: Status; text: string }> = {
  ok: { status: 'pass', text: 'verified' },
  extra: { status: 'info', text: 'extra (allowed)' },
  missing: { status: 'fail', text: 'missing' },
  broken: { status: 'fail', text: 'broken: upload never finished' },
  'too-small': { status: 'fail', text: 'too small' },
  mismatch: { status: 'fail', text: 'checksum mismatch' },
  unexpected: { status: 'fail', text: 'unexpected' },
  'download-failed': { status: 'fail', text: 'download failed' }
};

/** What a check needs from the outside: how to list the release's assets and open one. */
export interface AssetCheckIo {
  list: () => Promise<ReleaseAsset[]>;
  open: AssetOpener;
  /** How long to wait for late uploads (0: look once), before RELEASE_KIT_TIME_SCALE. */
  waitMs: number;
  pollIntervalMs: number;
  log: (message: string) => void;
}

/** The one result of a check: the engine's (rows are the truth) plus how the wait went. */
export type AssetCheck = VerificationResult & {
  /** Listings made while waiting for late uploads. */
  polls: number;
  /** Expected assets still not uploaded when the wait ended. */
  pending: string[];
};

/** Find → wait → verify: lists the assets until every expected one is uploaded or the wait ends, then verifies. */
export async function runAssetCheck(
  inventory: Inventory,
  settings: AssetCheckSettings,
  io: AssetCheckIo
): Promise<AssetCheck> {
  const { verifyAssets, waitForExpectedAssets } = await import('./asset-verification.js');
  const { assets, polls, pending } = await waitForExpectedAssets(io.list, inventory, {
    timeoutMs: io.waitMs,
    intervalMs: Math.max(1, io.pollIntervalMs),
    onPending: (names, poll) =>
      io.log(
        `Poll ${poll}: ${names.length} expected asset(s) not uploaded yet (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}).`
      )
  });
  if (polls > 1)
    io.log(
      `Listed the assets ${polls} times; ${pending.length ? `${pending.length} still pending` : 'all expected assets are uploaded'}.`
    );
  const result = await verifyAssets(assets, inventory, {
    checksums: settings.checksums,
    download: settings.download,
    allowExtra: settings.allowExtra,
    minSize: settings.minSize,
    concurrency: settings.concurrency,
    open: io.open,
    log: io.log
  });
  return Object.assign(result, { polls, pending });
}
