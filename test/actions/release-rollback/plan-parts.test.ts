import {
  bannerText,
  currentBanner,
  isWithdrawn,
  WITHDRAWN_MARKER,
  withBanner
} from '../../../actions/release-rollback/src/banner.js';
import { chooseReplacement, findBadRelease } from '../../../actions/release-rollback/src/context.js';
import { parseInputs } from '../../../actions/release-rollback/src/inputs.js';
import { InputReader } from '../../../packages/core/src/inputs.js';
import type { Release } from '../../../packages/core/src/release.js';

const release = (id: number, tag: string, extra: Partial<Release> = {}): Release => ({
  id,
  tag_name: tag,
  name: tag,
  draft: false,
  prerelease: false,
  upload_url: '',
  html_url: `https://example.test/r/${tag}`,
  body: null,
  ...extra
});

describe('the notes banner', () => {
  const banner = bannerText({
    notice: 'superseded',
    reason: 'crashes <img src=x> @everyone `rm`',
    replacement: { tag: 'v1.2.0', url: 'https://example.test/r/v1.2.0' }
  });

  test('goes on top, keeps the notes, and a second application changes nothing', () => {
    const once = withBanner('## Changes\n- faster', banner);
    expect(once.startsWith(banner)).toBe(true);
    expect(once.endsWith('## Changes\n- faster')).toBe(true);
    expect(withBanner(once, banner)).toBe(once);
  });

  test('a new reason replaces the old banner instead of adding a second', () => {
    const once = withBanner('notes', banner);
    const other = bannerText({ notice: 'yanked', reason: 'worse', replacement: undefined });
    const twice = withBanner(once, other);
    expect(twice.match(/<!-- release-kit:rollback-banner -->/g)).toHaveLength(1);
    expect(currentBanner(twice)).toBe(other);
    expect(twice).toMatch(/YANKED — DO NOT USE\.\*\* worse No replacement release is published yet\./);
    expect(twice.endsWith('notes')).toBe(true);
  });

  test('the reason cannot open HTML, mention anyone or break the line', () => {
    expect(banner).not.toMatch(/<img/);
    expect(banner).toMatch(/&lt;img src=x&gt;/);
    expect(banner).not.toMatch(/@everyone/);
    expect(banner.split('\n')).toHaveLength(4);
  });

  test('Markdown in the reason is escaped once: shown as typed, not with doubled backslashes', () => {
    const b = bannerText({ notice: 'superseded', reason: 'breaks *all* `--flags`', replacement: undefined });
    expect(b).toContain('breaks \\*all\\* \\`--flags\\`');
    expect(b).not.toContain('\\\\');
  });

  test('a release marked by the tag step (no banner) still counts as withdrawn', () => {
    expect(isWithdrawn(`notes\n\n${WITHDRAWN_MARKER}`)).toBe(true);
    expect(isWithdrawn('notes')).toBe(false);
    expect(withBanner(`notes\n\n${WITHDRAWN_MARKER}`, banner)).toContain(WITHDRAWN_MARKER);
  });
});

describe('which release is bad, and which replaces it', () => {
  const releases = [
    release(1, 'v1.1.0'),
    release(2, 'v1.2.0'),
    release(3, 'v1.2.1-rc.1', { prerelease: true }),
    release(4, 'v1.3.0'),
    release(5, 'v1.3.0', { draft: true }),
    release(6, 'v2.0.0'),
    release(7, 'nightly')
  ];

  test('the published release of the tag; the newest older non-prerelease by semver replaces it', () => {
    const bad = findBadRelease(releases, 'v1.3.0');
    expect(bad.id).toBe(4);
    expect(chooseReplacement(releases, bad).release?.tag_name).toBe('v1.2.0');
    expect(chooseReplacement(releases, bad, 'v1.1.0').release?.id).toBe(1);
    expect(() => chooseReplacement(releases, bad, 'v0.1.0')).toThrow(
      /no published release has the tag v0\.1\.0/
    );
  });

  test('after its tag was deleted the bad release is the draft carrying the marker, never an orphan draft', () => {
    const after = releases.map((r) => (r.id === 4 ? { ...r, draft: true, body: WITHDRAWN_MARKER } : r));
    expect(findBadRelease(after, 'v1.3.0').id).toBe(4);
    expect(() => findBadRelease([release(9, 'v5.0.0', { draft: true })], 'v5.0.0')).toThrow(
      /a draft that was never published/
    );
  });

  test('no older release, or a tag that is not a version: no replacement, with why', () => {
    expect(chooseReplacement(releases, releases[0]).why).toMatch(
      /no published, non-prerelease release is older than v1\.1\.0/
    );
    expect(chooseReplacement(releases, releases[6]).why).toMatch(/nightly is not a semantic version/);
  });
});

describe('inputs', () => {
  const reader = (values: Record<string, string>) => new InputReader((n) => values[n] ?? '');
  const base = { tag: 'v1.3.0', reason: 'broken', token: 't', repository: 'o/r' };

  test('steps default to every step that applies, in run order', () => {
    expect(parseInputs(reader(base)).steps).toEqual(['notes', 'latest', 'drafts', 'tag', 'issue']);
    expect(
      parseInputs(reader({ ...base, crate: 'jet', tap: 'o/homebrew-tap', formula: 'jet' })).steps
    ).toEqual(['notes', 'latest', 'drafts', 'tag', 'crate', 'tap', 'issue']);
    expect(parseInputs(reader({ ...base, steps: 'issue, notes' })).steps).toEqual(['notes', 'issue']);
  });

  test('every problem is reported at once, naming the input', () => {
    expect(() =>
      parseInputs(
        reader({
          ...base,
          reason: 'a\nb',
          steps: 'tap',
          execute: 'true',
          crate: '../x',
          replacement: 'v1.3.0'
        })
      )
    ).toThrow(
      /Input 'reason': must be one line[\s\S]*Input 'replacement': "v1.3.0" is the bad release itself[\s\S]*Input 'crate': "..\/x" is not a crate name[\s\S]*Input 'steps': the tap step needs tap and formula/
    );
    expect(() => parseInputs(reader({ ...base, execute: 'true', crate: 'jet' }))).toThrow(
      /Input 'registry-token': is required to execute the crate step/
    );
  });
});
