import { fromVersion, NEW_SHA, toVersion, type CorpusEntry } from './corpus.js';
import type { ProbedPlatform } from './ruby.js';

// What a bump of a corpus entry must make Homebrew read on each platform, worked out from the test's
// own inputs and Ruby's reading of the original formula — never from the action's model, so a
// placement bug in the model cannot agree with itself.

/** The values Ruby must read on one platform after the bump. */
export interface IntendedPlatform {
  url: string | null;
  sha256: string | null;
  /** The mirrors that carried the old version, following it; one that did not is dropped (docs.md). */
  mirrors: string[];
  version: string | null;
}

/** Renders a `urls`/`url` template of the test inputs as the action documents it. */
function render(template: string, entry: CorpusEntry, version: string): string {
  return template
    .replaceAll('{version}', version)
    .replaceAll('{tag}', entry.inputs.tag ?? `v${version}`)
    .replaceAll('{formula}', entry.name);
}

function lines(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of (text ?? '').split('\n').filter((l) => l.trim())) {
    const at = line.indexOf('=');
    map.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return map;
}

/**
 * Per platform, the url, sha256 and version the bumped formula must declare. A platform's download is
 * identified by the url Ruby read there before the bump: with `urls`, the key whose template renders
 * that url at the old version; without, the old url with the old version replaced, and the sha256 of
 * the one key among the platforms that shared that download (or of `sha256`).
 * @throws when the test inputs do not name exactly one download for a platform (a broken fixture).
 */
export function intendedDownloads(
  entry: CorpusEntry,
  before: Record<string, ProbedPlatform>,
  sha256 = NEW_SHA(`${entry.name}-${toVersion(entry)}`)
): Record<string, IntendedPlatform> {
  const from = fromVersion(entry);
  const to = toVersion(entry);
  const urls = lines(entry.inputs.urls);
  const sha256s = lines(entry.inputs.sha256s);
  const result: Record<string, IntendedPlatform> = {};
  for (const [platform, old] of Object.entries(before)) {
    const version = old.version === null ? null : to;
    if (old.url === null) {
      result[platform] = { url: null, sha256: null, mirrors: [], version };
      continue;
    }
    let key: string | undefined;
    let url: string;
    if (urls.size) {
      const keys = [...urls].filter(([, t]) => render(t, entry, from) === old.url).map(([k]) => k);
      if (keys.length !== 1)
        throw new Error(`${entry.name} ${platform}: ${old.url} matches urls keys [${keys.join(', ')}]`);
      key = keys[0];
      url = render(urls.get(key)!, entry, to);
    } else {
      url = entry.inputs.url ? render(entry.inputs.url, entry, to) : old.url.replaceAll(from, to);
      if (sha256s.size) {
        // The platforms that shared this download; exactly one of them names it in sha256s.
        const sharing = Object.keys(before).filter((p) => before[p].url === old.url);
        const keys = [...sha256s.keys()].filter((k) => sharing.includes(k) || k === 'all');
        if (keys.length !== 1)
          throw new Error(`${entry.name} ${platform}: sha256s keys [${keys.join(', ')}] for ${old.url}`);
        key = keys[0];
      }
    }
    result[platform] = {
      url,
      sha256: key !== undefined && sha256s.size ? sha256s.get(key)! : sha256,
      mirrors: old.mirrors.filter((m) => m.includes(from)).map((m) => m.replaceAll(from, to)),
      version
    };
  }
  return result;
}

/** Ruby's reading, cut to what `intendedDownloads` states. */
export function readBack(probed: Record<string, ProbedPlatform>): Record<string, IntendedPlatform> {
  return Object.fromEntries(
    Object.entries(probed).map(([p, v]) => [
      p,
      { url: v.url, sha256: v.sha256, mirrors: v.mirrors, version: v.version }
    ])
  );
}
