import semver from 'semver';

// Homebrew compares versions token by token (numbers numerically, pre-release words before
// releases). semver decides where both sides are semver; elsewhere a segment-wise compare close to
// Homebrew's: split on . _ - +, numbers compare as numbers, a word after a number marks a pre-release
// (1.0rc1 < 1.0) unless it is a known post-release word (p, patch, post).

const PRERELEASE_WORD = /^(alpha|a|beta|b|rc|pre|preview|dev|snapshot|nightly|canary|m)$/i;
const PRERELEASE_IN_TEXT =
  /(^|[^A-Za-z])(alpha|beta|rc|pre|preview|dev|snapshot|nightly|canary)(\d|[^A-Za-z]|$)/i;

function tokens(version: string): (number | string)[] {
  return (version.match(/\d+|[A-Za-z]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}

function segmentCompare(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  const n = Math.max(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    // A missing token: 1.0 == 1.0.0; 1.0 > 1.0rc1 (a word marks a pre-release); 1.0 < 1.0.1.
    if (x === undefined)
      return typeof y === 'number'
        ? y === 0 && tb.slice(i).every((t) => t === 0)
          ? 0
          : -1
        : PRERELEASE_WORD.test(y)
          ? 1
          : -1;
    if (y === undefined) return -segmentCompare(b, a);
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    if (typeof x === 'number') return PRERELEASE_WORD.test(String(y)) ? 1 : -1;
    if (typeof y === 'number') return PRERELEASE_WORD.test(String(x)) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Compares two versions: negative when `a` is older, 0 when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const sa = semver.valid(a.replace(/^v/, ''), { loose: true });
  const sb = semver.valid(b.replace(/^v/, ''), { loose: true });
  if (sa && sb) return semver.compare(sa, sb, { loose: true });
  return Math.sign(segmentCompare(a.replace(/^v/, ''), b.replace(/^v/, ''))) || 0;
}

/** True for `1.3.0-rc.1`, `2.0.0-beta`, `1.0alpha2`: a version Homebrew users should not get by default. */
export function isPrerelease(version: string): boolean {
  const s = semver.valid(version, { loose: true });
  if (s) return semver.prerelease(s, { loose: true }) !== null;
  return PRERELEASE_IN_TEXT.test(version);
}

/**
 * The version Homebrew would read from a download URL when the formula has no `version` line
 * (close to `Version.parse` for the shapes release tooling produces).
 */
export function versionFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const release = /\/releases\/download\/(?:[A-Za-z][\w.-]*?[-_@])?v?(\d[^/]*)\//.exec(path);
  if (release) return release[1];
  const archive =
    /\/archive\/(?:refs\/tags\/)?(?:[A-Za-z][\w.-]*?[-_@])?v?(\d[^/]*?)\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/.exec(
      path
    );
  if (archive) return archive[1];
  const base = path.split('/').pop() ?? '';
  const stem = base.replace(
    /\.(tar\.(gz|bz2|xz|zst|lz)|tgz|tbz2?|txz|zip|gem|jar|pkg|dmg|7z|xz|gz|bz2)$/i,
    ''
  );
  const m = /(?:^|[-_.]|v)(\d+(?:\.\d+)+(?:[-.]?(?:rc|beta|alpha|pre)\.?\d*)?)(?=$|[-_+])/i.exec(stem);
  return m?.[1];
}
