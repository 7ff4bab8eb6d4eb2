import { createHash } from 'node:crypto';
import { createGitHubClient } from '#core/github.js';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { parseReleaseAssetUrl, sha256Resolver } from '../../../actions/homebrew-bump/src/sha256-source.js';
import { formulaTarget } from '../../../packages/core/src/homebrew/formula-path.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('release asset urls', () => {
  it.each([
    [
      'https://github.com/o/r/releases/download/v1.2.3/jet.tar.gz',
      { repo: { owner: 'o', repo: 'r' }, tag: 'v1.2.3', name: 'jet.tar.gz' }
    ],
    [
      'https://github.com/o/r/releases/download/jet%2Fv1.2.3/a%20b.zip',
      { repo: { owner: 'o', repo: 'r' }, tag: 'jet/v1.2.3', name: 'a b.zip' }
    ],
    [
      'https://ghe.example.com/o/r/releases/download/v1/x.tgz',
      { repo: { owner: 'o', repo: 'r' }, tag: 'v1', name: 'x.tgz' }
    ],
    ['https://github.com/o/r/archive/refs/tags/v1.2.3.tar.gz', undefined],
    ['https://example.org/o/r/releases/download/v1/x.tgz', undefined],
    ['https://github.com/o/r/releases/download/v1/x.tgz?raw=1', undefined]
  ])('%s', (url, want) => expect(parseReleaseAssetUrl(url, 'https://ghe.example.com')).toEqual(want));
});

describe('formula names and paths', () => {
  it.each([
    ['jet', ['Formula/jet.rb', 'Formula/j/jet.rb', 'HomebrewFormula/jet.rb', 'jet.rb']],
    [
      'libjet',
      [
        'Formula/libjet.rb',
        'Formula/l/libjet.rb',
        'Formula/lib/libjet.rb',
        'HomebrewFormula/libjet.rb',
        'libjet.rb'
      ]
    ],
    ['jet@2', ['Formula/jet@2.rb', 'Formula/j/jet@2.rb', 'HomebrewFormula/jet@2.rb', 'jet@2.rb']],
    ['Formula/j/jet.rb', ['Formula/j/jet.rb']]
  ])('%s', (item, candidates) =>
    expect(formulaTarget(item)).toEqual({ name: candidates[0].split('/').pop()!.slice(0, -3), candidates })
  );
  it.each(['../jet.rb', '/etc/jet.rb', 'Formula/jet', 'jet;rm', 'Formula/../x.rb', 'je t'])(
    'refuses %j',
    (item) => expect(typeof formulaTarget(item)).toBe('string')
  );
});

describe('sha256 resolution', () => {
  let sim: Simulator;
  let previousScale: string | undefined;
  const files = {
    'jet-1.0.tgz': 'jet 1.0\n',
    'undeclared.tgz': 'no digest, no sums\n',
    'sums.tgz': 'in the sums file\n'
  };
  beforeAll(async () => {
    sim = await startSimulator({
      state: {
        github: {
          tokens: [{ token: 'rk_sha_test', login: 'maintainer' }],
          repos: [
            {
              owner: 'octo-org',
              name: 'jet',
              releases: [
                {
                  tag_name: 'v1.0',
                  assets: [
                    { name: 'jet-1.0.tgz', content: files['jet-1.0.tgz'] },
                    { name: 'undeclared.tgz', content: files['undeclared.tgz'], digest: null },
                    { name: 'sums.tgz', content: files['sums.tgz'], digest: null },
                    {
                      name: 'checksums.txt',
                      content: `${sha(files['sums.tgz'])}  sums.tgz\n${sha('other')} *jet-1.0.tgz\n`
                    }
                  ]
                }
              ]
            }
          ]
        }
      } as never
    });
    previousScale = process.env.RELEASE_KIT_TIME_SCALE;
    process.env.RELEASE_KIT_TIME_SCALE = '0.01';
  });
  afterAll(async () => {
    if (previousScale === undefined) delete process.env.RELEASE_KIT_TIME_SCALE;
    else process.env.RELEASE_KIT_TIME_SCALE = previousScale;
    await sim?.stop();
  });
  const client = () => createGitHubClient('rk_sha_test', { baseUrl: sim.urls.github });

  it('takes a release asset sha256 from the checksums file', async () => {
    const resolve = sha256Resolver(await client());
    await expect(resolve('https://github.com/octo-org/jet/releases/download/v1.0/sums.tgz')).resolves.toEqual(
      { sha256: sha(files['sums.tgz']), source: 'checksums.txt' }
    );
  });

  it('refuses when the digest and the checksums file disagree', async () => {
    const resolve = sha256Resolver(await client());
    await expect(
      resolve('https://github.com/octo-org/jet/releases/download/v1.0/jet-1.0.tgz')
    ).rejects.toThrow(/disagrees with itself about jet-1.0.tgz/);
  });

  it('downloads the asset through the API when the release declares nothing', async () => {
    const resolve = sha256Resolver(await client());
    const got = await resolve('https://github.com/octo-org/jet/releases/download/v1.0/undeclared.tgz');
    expect(got.sha256).toBe(sha(files['undeclared.tgz']));
    expect(got.source).toMatch(/downloading release asset undeclared.tgz/);
  });

  it('names the missing asset', async () => {
    const resolve = sha256Resolver(await client());
    await expect(resolve('https://github.com/octo-org/jet/releases/download/v1.0/nope.tgz')).rejects.toThrow(
      /release v1.0 of octo-org\/jet does not have \(it has: jet-1.0.tgz, undeclared.tgz, sums.tgz, checksums.txt\)/
    );
  });

  it('streams any other url through core http', async () => {
    const assets = (await (
      await fetch(`${sim.urls.github}/repos/octo-org/jet/releases/tags/v1.0`, {
        headers: { authorization: 'token rk_sha_test' }
      })
    ).json()) as {
      assets: { name: string; browser_download_url: string }[];
    };
    const url = assets.assets.find((a) => a.name === 'jet-1.0.tgz')!.browser_download_url;
    const resolve = sha256Resolver(undefined);
    const got = await resolve(url);
    expect(got.sha256).toBe(sha(files['jet-1.0.tgz']));
    expect(got.source).toBe(`downloading ${url} (8 bytes)`);
  });
});
