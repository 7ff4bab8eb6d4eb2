import semver from 'semver';

// Homebrew compares versions token by token (numbers numerically, pre-release words before
// releases). semver decides where both sides are semver; elsewhere a segment-wise compare close to
// Homebrew's: split on . _ - +, numbers compare as numbers, a word after a number marks a pre-release
// (1.0rc1 < 1.0) unless it is a known post-release word (p, patch, post).

const PRERELEASE_WORD = /^(alpha|a|beta|b|rc|pre|preview|dev|snapshot|nightly|canary|m)$/i;

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

// Homebrew's version tokens, scanned in its order: a pre-release is a version holding an alpha, beta,
// pre or rc token (`1.0a1`, `2.0.0-beta`, `1.3.0-rc.1`, `1.0-preview`); `p`/`post` tokens and plain words
// (`-pro`, `-r2`, `-ga`) are not. Release channels Homebrew does not know (dev, snapshot, nightly, canary)
// count as pre-releases too: a release tool should not ship them by default.
const TOKEN =
  /alpha[0-9]*|a[0-9]+|beta[0-9]*|b[0-9]+|pre[0-9]*|rc[0-9]*|p[0-9]*|\.post[0-9]+|[0-9]+|[a-z]+/gi;
const PRERELEASE_TOKEN =
  /^(alpha[0-9]*|a[0-9]+|beta[0-9]*|b[0-9]+|pre[0-9]*|rc[0-9]*|dev|snapshot|nightly|canary)$/i;

/** What follows a version's leading numbers (`-pro` of `1.26.3-pro`), digits generalised: `-r2` → `-rN`. */
function suffixShape(version: string): string {
  return version
    .replace(/^v?\d+(?:\.\d+)*/, '')
    .toLowerCase()
    .replace(/\d+/g, 'N');
}

/**
 * True for a version Homebrew users should not get by default (`1.3.0-rc.1`, `2.0.0-beta`, `1.0alpha2`).
 * @param current the formula's version: a suffix it already carries (`1.26.3-pro` → `1.26.4-pro`,
 *   `2.0.0-beta.3` → `2.0.0-beta.4`) is the project's own scheme, not a pre-release.
 */
export function isPrerelease(version: string, current?: string): boolean {
  const shape = suffixShape(version);
  if (!shape) return false;
  if (current !== undefined && suffixShape(current) === shape) return false;
  return (version.match(TOKEN) ?? []).some((t) => PRERELEASE_TOKEN.test(t));
}

// Homebrew's `Version.parse` of a url (Library/Homebrew/version.rb and version/parser.rb), rule for
// rule and in its order: the first rule that matches wins. Stem rules see the file name without its
// archive extension; url rules see the whole (unescaped) url.
const NWOD = String.raw`(?:\d+(?:\.\d+)*)`;
const NWD = String.raw`(?:\d+(?:\.\d+)+)`;
const MOP = String.raw`(?:\d+(?:\.\d+){1,2})`;
const ci = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
const CONTENT_SUFFIX = `(?:[._-](?:${['bin', 'dist', 'stable', 'src', 'sources?', 'final', 'full'].map((w) => (w === 'sources?' ? `${ci('source')}[sS]?` : ci(w))).join('|')}))`;
const PRERELEASE_SUFFIX = String.raw`(?:[._-]?(?:${['alpha', 'beta', 'pre', 'rc'].map(ci).join('|')})\.?\d{0,2})`;

type Rule = [kind: 'stem' | 'url', regex: RegExp, transform?: (s: string) => string];
const RULES: Rule[] = [
  ['stem', /(?:^|[._-]?)v?(\d{4}-\d{2}-\d{2})/],
  ['url', /github\.com\/.+\/(?:zip|tar)ball\/(?:v|\w+-)?((?:\d+[._-])+\d*)$/],
  ['url', /[_-]([Rr]\d+[AaBb]\d*(?:-\d+)?)/],
  ['stem', /((?:\d+_)+\d+)$/, (s) => s.replace(/_/g, '.')],
  ['stem', new RegExp(`[_-](${NWD}-(?:p|P|rc|RC)?\\d+)${CONTENT_SUFFIX}?$`)],
  ['stem', new RegExp(`^v?(${NWD}(?:-${NWOD})+)`)],
  ['url', new RegExp(`[-v](${NWOD})$`)],
  ['stem', /-(\d+-\d+)/],
  ['stem', new RegExp(`-(${NWOD})$`)],
  ['stem', new RegExp(`-(${NWOD}(.post\\d+)?)$`)],
  ['stem', new RegExp(`-(${NWOD}(?:[abc]|rc|RC)\\d*)$`)],
  ['stem', new RegExp(`-(${NWOD}-(?:alpha|beta|rc)\\d*)$`)],
  ['stem', new RegExp(`-(${MOP})-w(?:in)?(?:32|64)$`)],
  ['stem', new RegExp(`\\.(${MOP})\\+opam$`)],
  ['stem', new RegExp(`[_-](${MOP}(?:-\\d+)?)[._-](?:i[36]86|x86|x64(?:[_-](?:32|64))?)$`)],
  ['stem', new RegExp(`[-.vV]?(${NWD}${PRERELEASE_SUFFIX})`)],
  ['stem', new RegExp(`(${NWOD})$`)],
  ['stem', new RegExp(`[-vV](${NWD}[abc]?)${CONTENT_SUFFIX}$`)],
  ['stem', new RegExp(`-(${NWD})-`)],
  ['stem', new RegExp(`_(${NWD}[abc]?)\\.orig$`)],
  ['stem', /-v?(\d[^-]+)/],
  ['stem', /_v?(\d[^_]+)/],
  ['url', /\/(?:[rvV]_?)?(\d+\.\d+(?:\.\d+){0,2})/],
  ['stem', /\.v(\d+[a-z]?)/],
  ['url', new RegExp(`[-.vV]?(${NWD}${PRERELEASE_SUFFIX}?)`)]
];

/** Homebrew's `Pathname#extname`: double archive extensions, and no extension for a version-like tail. */
function extname(basename: string): string {
  const bottle = /(\.[a-z0-9_]+\.bottle\.(\d+\.)?tar\.gz)$/.exec(basename);
  if (bottle) return bottle[1];
  const archive = /(\.(tar|cpio|pax)\.(gz|bz2|lz|xz|zst|Z))$/.exec(basename);
  if (archive) return archive[1];
  if (/\b\d+\.\d+[^.]*$/.test(basename) && !basename.endsWith('.7z')) return '';
  const dot = basename.lastIndexOf('.');
  return dot > 0 ? basename.slice(dot) : '';
}

function stemOf(spec: string): string {
  const slash = spec.lastIndexOf('/');
  const basename = spec.slice(slash + 1);
  if (/(?:sourceforge\.net|sf\.net)\/.*\/download$/.test(spec)) return stemOf(spec.slice(0, slash));
  if (/\.[^a-zA-Z]+$/.test(spec)) return basename;
  const ext = extname(basename);
  return ext ? basename.slice(0, -ext.length) : basename;
}

/**
 * The version Homebrew reads from a download URL when the formula has no `version` line, by its own
 * rules (`go1.19.5.src.tar.gz` → 1.19.5, `jdk-19.0.3-ga.tar.gz` → 19.0.3, `v1.2.3.tar.gz` → 1.2.3).
 */
export function versionFromUrl(url: string): string | undefined {
  let spec: string;
  try {
    spec = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    spec = url;
  }
  const stem = stemOf(spec);
  for (const [kind, regex, transform] of RULES) {
    const m = regex.exec(kind === 'stem' ? stem : spec);
    const v = m?.[1];
    if (v) return transform ? transform(v) : v;
  }
  return undefined;
}
