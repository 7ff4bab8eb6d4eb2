import { readFormula } from '../../../packages/core/src/homebrew/formula-model.js';
import { applyEdit, verifyEdit } from '../../../packages/core/src/homebrew/formula-editor.js';
import { bumpFormulaText } from '../../../packages/core/src/homebrew/formula-bump.js';
import { currentVersion, editPlanFor, planDownloads } from '../../../packages/core/src/homebrew/bump-plan.js';
import { keyOf, parseCondition, platformsOf } from '../../../packages/core/src/homebrew/formula-platforms.js';
import { evaluateFormula } from '../../../packages/core/src/homebrew/formula-evaluate.js';
import { ConfigurationError } from '../../../packages/core/src/errors.js';
import { CORPUS, fixtureText, NEW_SHA } from './corpus.js';

const SHA = (c: string) => c.repeat(64);
const wrap = (body: string) => `class Jet < Formula\n  desc "x"\n${body}\nend\n`;
const fixture = (name: string) => fixtureText(CORPUS.find((e) => e.name === name)!);
const noSha = async (url: string): Promise<{ sha256: string; source: string }> => {
  throw new Error(`no sha256 lookup expected (${url})`);
};
const bump = (text: string, version: string, extra: Record<string, unknown> = {}) =>
  bumpFormulaText(
    text,
    'Formula/jet.rb',
    { formula: 'jet', version, tag: `v${version}`, bottles: 'remove', sha256: NEW_SHA(version), ...extra },
    { allowDowngrade: false, allowPrerelease: undefined, resolveSha256: noSha }
  );

describe('platform conditions', () => {
  it.each([
    ['OS.mac?', 'darwin-arm64,darwin-amd64'],
    ['OS.linux? && Hardware::CPU.arm? && !Hardware::CPU.is_64_bit?', 'linux-arm'],
    ['Hardware::CPU.intel? and Hardware::CPU.is_64_bit?', 'darwin-amd64,linux-amd64'],
    ['Hardware::CPU.type == :arm', 'darwin-arm64,linux-arm64,linux-arm'],
    ['OS.mac? && arm?', 'darwin-arm64'],
    ['!Hardware::CPU.is_64_bit?', 'linux-arm,linux-386'],
    ['Hardware::CPU.is_32_bit? && Hardware::CPU.intel?', 'linux-386'],
    [
      '(OS.mac? && Hardware::CPU.arm?) || OS.linux?',
      'darwin-arm64,linux-arm64,linux-amd64,linux-arm,linux-386'
    ],
    ['OS.mac? then', 'darwin-arm64,darwin-amd64']
  ])('%s → %s', (cond, want) => expect(platformsOf(parseCondition(cond)!).join()).toBe(want));

  it.each([
    'build.with? "x"',
    'MacOS.version >= :sonoma',
    'OS.mac? or OS.linux? and Hardware::CPU.arm?',
    'OS.mac? &&'
  ])('%s is not a platform condition', (cond) => expect(parseCondition(cond)).toBeUndefined());

  it('names a download by its main platforms; a 32-bit sibling rides along', () => {
    expect(keyOf(parseCondition('OS.linux? && Hardware::CPU.intel?')!)).toBe('linux-amd64');
    expect(keyOf(parseCondition('Hardware::CPU.arm?')!)).toBe('arm64');
    expect(keyOf(parseCondition('OS.linux? && !Hardware::CPU.is_64_bit?')!)).toBeUndefined();
  });
});

describe('shapes are placed, or refused before anything is written', () => {
  const dl = (name: string, c: string) => `url "https://x.example/${name}-1.0.tgz"\n    sha256 "${SHA(c)}"`;
  it('a later block replaces an earlier url on its platforms (top-level url, then on_arm)', () => {
    const model = readFormula(
      wrap(`  version "1.0"\n  ${dl('x64', 'a')}\n  on_arm do\n    ${dl('arm', 'b')}\n  end`)
    );
    expect(model.problems).toEqual([]);
    expect(model.downloads.map((d) => d.key)).toEqual(['amd64', 'arm64']);
  });

  it.each([
    [
      'a url with a trailing condition',
      `  version "1.0"\n  url "https://x.example/a-1.0.tgz" if OS.mac?\n  sha256 "${SHA('a')}"`,
      /trailing condition/
    ],
    [
      'a url no platform reaches',
      `  version "1.0"\n  on_macos do\n    if !Hardware::CPU.is_64_bit?\n      ${dl('a', 'a')}\n    end\n  end\n  ${dl('b', 'b')}`,
      /no platform Homebrew runs on/
    ],
    [
      'a url every later url replaces',
      `  version "1.0"\n  ${dl('a', 'a')}\n  on_macos do\n    ${dl('b', 'b')}\n  end\n  on_linux do\n    ${dl('c', 'c')}\n  end`,
      /never used/
    ],
    [
      'a combination no key names',
      `  version "1.0"\n  on_linux do\n    if !Hardware::CPU.is_64_bit?\n      ${dl('a', 'a')}\n    end\n  end`,
      /no urls\/sha256s key names/
    ],
    [
      'an interpolation other than #{version}',
      `  url "https://x.example/#{name}-1.0.tgz"\n  sha256 "${SHA('a')}"`,
      /interpolates #\{name\}/
    ],
    [
      '#{version} before any version line',
      `  url "https://x.example/a-#{version}.tgz"\n  sha256 "${SHA('a')}"\n  version "1.0"`,
      /before any version line/
    ]
  ])('%s', (_name, body, problem) => {
    const model = readFormula(wrap(body));
    const problems = [...model.problems, ...evaluateFormula(model).problems];
    expect(problems.join('\n')).toMatch(problem);
  });
});

describe('fail closed: the edited formula must read back exactly as planned on every platform', () => {
  const text = fixture('jet-gr-2024');
  const model = readFormula(text);
  const planned = planDownloads(
    model,
    {
      formula: 'jet',
      version: '1.3.0',
      tag: 'v1.3.0',
      bottles: 'remove',
      sha256s: new Map(model.downloads.map((d) => [d.key, SHA('c')]))
    },
    '1.2.3'
  );
  const plan = editPlanFor(planned, '1.3.0', true, 'remove');
  const edited = applyEdit(text, model, plan).text;

  it('reads back clean as edited', () => expect(verifyEdit(model, edited, plan)).toEqual([]));

  it('names the platform whose url reads wrong (linux-arm, a 32-bit one)', () => {
    const wrong = edited.replace('Linux_armv7', 'Linux_armv6');
    expect(verifyEdit(model, wrong, plan).join('\n')).toMatch(
      /^linux-arm: url reads \S+armv6\S+, expected \S+armv7/m
    );
  });

  it('names a line changed outside the planned values', () => {
    const wrong = edited.replace('license "MIT"', 'license "GPL"');
    expect(verifyEdit(model, wrong, plan).join('\n')).toMatch(/line \d+ changed outside the planned values/);
  });

  it('names a line whose ending changed', () => {
    const wrong = edited.replace('license "MIT"\n', 'license "MIT"\r\n');
    expect(verifyEdit(model, wrong, plan).join('\n')).toMatch(
      /changed outside the planned values: "  license \\"MIT\\"\\n"/
    );
  });

  it('refuses an edit after which Homebrew would read another version from the url', async () => {
    // No version line, and a file name Homebrew reads as version 64: bumping would ship a formula at "64".
    const bare = wrap(
      `  url "https://github.com/o/jet/releases/download/v1.2.3/jet.tar.gz"\n  sha256 "${SHA('a')}"`
    );
    expect(currentVersion(readFormula(bare))).toBe('1.2.3');
    await expect(
      bump(bare, '1.3.0', { url: 'https://github.com/o/jet/releases/download/{tag}/jet_Darwin_arm64.tar.gz' })
    ).rejects.toThrow(
      /nothing was written: darwin-arm64, darwin-amd64, linux-arm64, linux-amd64, linux-arm, linux-386: Homebrew would read version 64 from \S+jet_Darwin_arm64\.tar\.gz, not 1\.3\.0; add a version line[\s\S]*\+\+\+ b\/Formula\/jet\.rb/
    );
  });
});

describe('versions read from urls and version suffixes, as Homebrew reads them', () => {
  it('reads go1.19.5.src.tar.gz-style names, keeps the mirror and refuses a downgrade', async () => {
    const text = fixture('jet-go-src');
    const up = await bump(text, '1.3.0');
    expect(up.after).toContain('url "https://example.org/dl/jet1.3.0.src.tar.gz"');
    expect(up.after).toContain('mirror "https://mirror.example.org/dl/jet1.3.0.src.tar.gz"');
    await expect(bump(text, '1.0.0')).rejects.toThrow(/at 1\.2\.3; 1\.0\.0 is older/);
  });

  it('keeps the -ga of an openjdk-style tag', async () => {
    const up = await bump(fixture('jet-ga'), '1.3.0');
    expect(up.after).toContain('/archive/refs/tags/jet-1.3.0-ga.tar.gz"');
  });

  it('bumps -pro and -rN versions the formula already carries; refuses a real pre-release when unasked', async () => {
    const r = await bump(fixture('jet-r-suffix'), '1.3.0-r1');
    expect(r.status).toBe('changed');
    expect(r.after).toContain('version "1.3.0-r1"');
    await expect(bump(fixture('jet-r-suffix'), '1.3.0-rc1')).rejects.toThrow(ConfigurationError);
  });
});

describe('#{version} urls', () => {
  const text = fixture('jet-interpolated');
  it('stay interpolated in derive mode: only version and sha256 change', async () => {
    const r = await bump(text, '1.3.0');
    const changed = r.after.split('\n').filter((l, i) => l !== text.split('\n')[i]);
    expect(changed).toEqual(['  version "1.3.0"', `  sha256 "${NEW_SHA('1.3.0')}"`]);
    expect(r.downloads[0].url).toBe(
      'https://github.com/octo-org/jet-interpolated/archive/refs/tags/v1.3.0.tar.gz'
    );
  });

  it('stay interpolated when the url given is the one they read', async () => {
    const r = await bump(text, '1.3.0', {
      url: 'https://github.com/octo-org/jet-interpolated/archive/refs/tags/v{version}.tar.gz'
    });
    expect(r.after).toContain(
      'url "https://github.com/octo-org/jet-interpolated/archive/refs/tags/v#{version}.tar.gz"'
    );
  });

  it('refuse a url given that the interpolation does not read, instead of replacing it by a literal', async () => {
    await expect(
      bump(text, '1.3.0', { url: 'https://downloads.example.org/jet-interpolated-1.3.0.tar.gz' })
    ).rejects.toThrow(
      /writes its url as .*#\{version\}.*reads https:\/\/github\.com.*v1\.3\.0\.tar\.gz at 1\.3\.0/
    );
  });
});

describe('the check before writing keeps to the formula as it is', () => {
  it('passes a CRLF formula without a final newline, and keeps both', async () => {
    const text = fixture('jet-gr-2024').replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const keys = ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-arm', 'linux-arm64'];
    const r = await bump(text, '1.3.0', {
      sha256: undefined,
      sha256s: new Map(keys.map((k) => [k, NEW_SHA(k)]))
    });
    expect(r.status).toBe('changed');
    expect(r.after.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(r.after.endsWith('end')).toBe(true);
    expect(r.after).toContain('jet-gr-2024_Linux_armv7.tar.gz');
  });
});
