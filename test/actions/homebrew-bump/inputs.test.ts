import { InputReader } from '#core/inputs.js';
import { parseInputs } from '../../../actions/homebrew-bump/src/inputs.js';

const defaults: Record<string, string> = {
  mode: 'pull-request',
  bottles: 'remove',
  'allow-downgrade': 'false',
  'allow-prerelease': 'false',
  'dry-run': 'false'
};

function parse(inputs: Record<string, string>) {
  const all = { ...defaults, ...inputs };
  return parseInputs(new InputReader((name) => (all[name] ?? '').trim()));
}

describe('homebrew-bump inputs', () => {
  const savedRef = process.env.GITHUB_REF;
  beforeAll(() => {
    process.env.GITHUB_REF = 'refs/heads/main';
  });
  afterAll(() => {
    if (savedRef === undefined) delete process.env.GITHUB_REF;
    else process.env.GITHUB_REF = savedRef;
  });

  it('parses a platform bump', () => {
    const got = parse({
      tap: 'octo-org/homebrew-tap',
      token: 'ghp_x',
      formula: 'jet, Formula/j/jet-cli.rb',
      version: '1.3.0',
      urls: 'darwin-arm64=https://x.example/{formula}-{version}-arm64.tgz\nlinux-amd64=https://x.example/{formula}-{tag}-amd64.tgz',
      labels: 'release\nhomebrew'
    });
    expect(got.formulas).toEqual([
      { name: 'jet', candidates: ['Formula/jet.rb', 'Formula/j/jet.rb', 'HomebrewFormula/jet.rb', 'jet.rb'] },
      { name: 'jet-cli', candidates: ['Formula/j/jet-cli.rb'] }
    ]);
    expect([...got.urls!.keys()]).toEqual(['darwin-arm64', 'linux-amd64']);
    expect(got.tag).toBe('v1.3.0');
    expect(got.labels).toEqual(['release', 'homebrew']);
    expect(got.rollback).toBe(false);
  });

  it.each([
    [
      'no token for a pull request',
      { tap: 'o/homebrew-t', formula: 'jet', version: '1.0' },
      /Input 'token': mode 'pull-request' needs a token/
    ],
    [
      'local without tap-path',
      { mode: 'local', formula: 'jet', version: '1.0' },
      /Input 'tap-path': mode local needs tap-path/
    ],
    [
      'tap-path outside local mode',
      { tap: 'o/homebrew-t', token: 't', 'tap-path': '.', formula: 'jet', version: '1.0' },
      /Input 'tap-path': is only used with mode: local/
    ],
    [
      'rollback-to with url',
      {
        mode: 'local',
        'tap-path': '.',
        formula: 'jet',
        'rollback-to': '1.0',
        url: 'https://x.example/a.tgz'
      },
      /Input 'url': cannot be combined with rollback-to/
    ],
    [
      'url and urls',
      {
        mode: 'local',
        'tap-path': '.',
        formula: 'jet',
        version: '1.0',
        url: 'https://x.example/a',
        urls: 'linux=https://x.example/b'
      },
      /give either url or urls/
    ],
    [
      'sha256 for several formulas',
      { mode: 'local', 'tap-path': '.', formula: 'a, b', version: '1.0', sha256: 'a'.repeat(64) },
      /Input 'sha256': cannot be given for several formulas/
    ],
    [
      'url without {formula} for several formulas',
      { mode: 'local', 'tap-path': '.', formula: 'a, b', version: '1.0', url: 'https://x.example/a.tgz' },
      /must contain \{formula\}/
    ],
    [
      'unknown platform',
      {
        mode: 'local',
        'tap-path': '.',
        formula: 'jet',
        version: '1.0',
        urls: 'windows-amd64=https://x.example/a'
      },
      /Input 'urls': "windows-amd64" is not a platform/
    ],
    [
      'bad sha256s value',
      { mode: 'local', 'tap-path': '.', formula: 'jet', version: '1.0', sha256s: 'linux=xyz' },
      /Input 'sha256s \(linux\)': "xyz" is not a SHA-256/
    ],
    [
      'bad mode',
      { formula: 'jet', version: '1.0', mode: 'force-push' },
      /Input 'mode': "force-push" is not accepted/
    ],
    [
      'bad branch',
      { mode: 'local', 'tap-path': '.', formula: 'jet', version: '1.0', branch: 'a..b' },
      /Input 'branch'/
    ],
    [
      'hostile rollback-to',
      { mode: 'local', 'tap-path': '.', formula: 'jet', 'rollback-to': '1.0"' },
      /Input 'rollback-to': .* is not a version/
    ]
  ])('refuses %s', (_name, inputs, pattern) => {
    expect(() => parse(inputs)).toThrow(pattern);
  });

  it('reports every problem at once', () => {
    expect(() => parse({ formula: '../x.rb', version: '1 0', sha256: 'no' })).toThrow(
      /Input 'token'[\s\S]*Input 'formula'[\s\S]*Input 'version'[\s\S]*Input 'sha256'/
    );
  });
});
