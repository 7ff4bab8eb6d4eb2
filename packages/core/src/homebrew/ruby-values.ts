import { InputError } from '../errors.js';

// Everything below ends up between double quotes in a Ruby file. Double-quoted Ruby strings
// interpolate `#{…}`, `#@var` and `#$var` and honour backslash escapes, so the accepted alphabets are
// deliberately narrow: a value that passes can be pasted between quotes without any escaping.

const VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]*$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

function show(value: string): string {
  return JSON.stringify(value.length > 120 ? value.slice(0, 120) + '…' : value);
}

/** Why `version` cannot go into a formula, or undefined when it can. */
export function versionProblem(version: string): string | undefined {
  if (version.length > 128) return `${show(version)} is longer than 128 characters.`;
  if (!VERSION.test(version)) {
    return `${show(version)} is not a version Homebrew accepts here; use letters, digits and . _ + - only, starting with a letter or digit (such as 1.2.3).`;
  }
  return undefined;
}

/** Why `url` cannot go into a formula, or undefined when it can. */
export function urlProblem(url: string): string | undefined {
  if (!url.startsWith('https://')) return `${show(url)} is not an https:// URL.`;
  if (/[\s"'`\\]/.test(url) || /[\x00-\x1f\x7f]/.test(url)) {
    return `${show(url)} contains a quote, backslash, whitespace or control character; a formula URL must not.`;
  }
  // '#' starts Ruby interpolation (#{…}, #@x, #$x) inside double quotes; a download URL has no use for a fragment.
  if (url.includes('#'))
    return `${show(url)} contains '#' (Ruby interpolation such as #{…}); a formula URL must not.`;
  if (url.length > 2048) return `${show(url)} is longer than 2048 characters.`;
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) return `${show(url)} has no host.`;
  } catch {
    return `${show(url)} is not a valid URL.`;
  }
  return undefined;
}

/** Why `sha256` is not a SHA-256 digest, or undefined when it is. */
export function sha256Problem(sha256: string): string | undefined {
  return SHA256.test(sha256)
    ? undefined
    : `${show(sha256)} is not a SHA-256 digest; use 64 hexadecimal digits.`;
}

/** Validates a version for the input `name`. @throws InputError naming the input. */
export function requireVersion(name: string, version: string): string {
  const problem = versionProblem(version);
  if (problem) throw new InputError(name, version, problem);
  return version;
}

/** Validates a URL for the input `name`. @throws InputError naming the input. */
export function requireUrl(name: string, url: string): string {
  const problem = urlProblem(url);
  if (problem) throw new InputError(name, url, problem);
  return url;
}

/** Validates a SHA-256 for the input `name`; returns it lower-cased. @throws InputError naming the input. */
export function requireSha256(name: string, sha256: string): string {
  const problem = sha256Problem(sha256);
  if (problem) throw new InputError(name, sha256, problem);
  return sha256.toLowerCase();
}

/** The platforms a formula's url can be keyed by in `urls`/`sha256s`. */
export const PLATFORM_KEYS = [
  'darwin-arm64',
  'darwin-amd64',
  'linux-arm64',
  'linux-amd64',
  'linux-arm',
  'linux-386',
  'darwin',
  'linux',
  'arm64',
  'amd64'
] as const;
export type PlatformKey = (typeof PLATFORM_KEYS)[number];

/**
 * Parses `key=value` lines (`darwin-arm64=https://…`) into a map.
 * @returns the map, and a list of problems (unknown key, missing `=`, duplicate key).
 */
export function parsePlatformLines(lines: string[]): { map: Map<PlatformKey, string>; problems: string[] } {
  const map = new Map<PlatformKey, string>();
  const problems: string[] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
      problems.push(`${show(line)} is not key=value; use lines such as darwin-arm64=<value>.`);
      continue;
    }
    const key = line.slice(0, eq).trim().toLowerCase();
    const value = line.slice(eq + 1).trim();
    if (!(PLATFORM_KEYS as readonly string[]).includes(key)) {
      problems.push(`${show(key)} is not a platform; use one of: ${PLATFORM_KEYS.join(', ')}.`);
      continue;
    }
    if (map.has(key as PlatformKey)) {
      problems.push(`${show(key)} is given twice.`);
      continue;
    }
    map.set(key as PlatformKey, value);
  }
  return { map, problems };
}
