import { jest } from '@jest/globals';
import { CORPUS, fixtureText, NEW_SHA, toVersion } from './corpus.js';

// A planning bug, made on purpose: the planner hands darwin-arm64 the url and sha256 meant for
// darwin-amd64 and back. The check against the plan cannot see it (the edit is what the plan says);
// the check against the request must refuse the bump before anything is written.
const PLAN = '../../../packages/core/src/homebrew/bump-plan.js';
const actual = await import(PLAN);
jest.unstable_mockModule(PLAN, () => ({
  ...actual,
  planDownloads: (...args: Parameters<typeof actual.planDownloads>) => {
    const planned = actual.planDownloads(...args);
    const a = planned.find((p: { key: string }) => p.key === 'darwin-arm64');
    const b = planned.find((p: { key: string }) => p.key === 'darwin-amd64');
    if (a && b) [a.url, a.sha256, b.url, b.sha256] = [b.url, b.sha256, a.url, a.sha256];
    return planned;
  }
}));
const { bumpFormulaText } = await import('../../../packages/core/src/homebrew/formula-bump.js');

const lines = (text: string) => new Map(text.split('\n').map((l) => l.split('=') as [string, string]));

describe('a planner that swaps two platforms', () => {
  it.each(['jet-goreleaser', 'jet-gr-2024', 'jet-arm-else'])(
    '%s: the bump is refused, naming both platforms, with nothing to write',
    async (name) => {
      const entry = CORPUS.find((e) => e.name === name)!;
      const version = toVersion(entry);
      const run = bumpFormulaText(
        fixtureText(entry),
        entry.tapPath,
        {
          formula: name,
          version,
          tag: `v${version}`,
          bottles: 'remove',
          urls: lines(entry.inputs.urls),
          sha256s: lines(entry.inputs.sha256s)
        },
        {
          allowDowngrade: false,
          resolveSha256: async (url) => {
            throw new Error(`no lookup expected: ${url}`);
          }
        }
      );
      const arm = NEW_SHA(`${name}-darwin-arm64`);
      await expect(run).rejects.toThrow(
        /does not read back as planned and requested, so nothing was written/
      );
      await expect(run).rejects.toThrow(
        new RegExp(
          `darwin-arm64: url reads .*(_Darwin_x86_64|x86_64-apple).*the request gives .*(_Darwin_arm64|aarch64-apple)`
        )
      );
      await expect(run).rejects.toThrow(new RegExp(`darwin-amd64: sha256 reads ${arm}`));
    }
  );
});
