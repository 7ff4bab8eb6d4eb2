import { readFormula } from '../../../packages/core/src/homebrew/formula-model.js';
import { applyEdit, verifyEdit, type EditPlan } from '../../../packages/core/src/homebrew/formula-editor.js';
import {
  currentVersion,
  editPlanFor,
  planDownloads,
  type BumpRequest
} from '../../../packages/core/src/homebrew/bump-plan.js';
import { checkAgainstRequest } from '../../../packages/core/src/homebrew/formula-intent.js';
import { platformsOf, setOfKey } from '../../../packages/core/src/homebrew/formula-platforms.js';
import { bumpFormulaText } from '../../../packages/core/src/homebrew/formula-bump.js';
import { CORPUS, fixtureText, NEW_SHA, toVersion, type CorpusEntry } from './corpus.js';

const map = (text: string | undefined) =>
  text === undefined
    ? undefined
    : new Map(text.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

function requestFor(entry: CorpusEntry): BumpRequest {
  const version = toVersion(entry);
  return {
    formula: entry.name,
    version,
    tag: `v${version}`,
    bottles: 'remove',
    url: entry.inputs.url,
    urls: map(entry.inputs.urls),
    sha256s: map(entry.inputs.sha256s),
    sha256: entry.inputs.sha256s ? undefined : NEW_SHA(`${entry.name}-${version}`)
  };
}

/** The plan the planner makes, with the values of downloads `i` and `j` swapped as a planning bug would. */
function planned(entry: CorpusEntry, swap?: [number, number], what: 'url' | 'sha256' | 'both' = 'both') {
  const text = fixtureText(entry);
  const model = readFormula(text);
  const request = requestFor(entry);
  const from = currentVersion(model);
  const plan: EditPlan = editPlanFor(planDownloads(model, request, from), request.version, true, 'remove');
  if (swap) {
    const [a, b] = swap.map((k) => plan.downloads[k]);
    const keys = what === 'both' ? (['url', 'sha256'] as const) : ([what] as const);
    for (const key of keys) [a[key], b[key]] = [b[key], a[key]];
  }
  return { text, model, request, from, plan, edited: applyEdit(text, model, plan).text };
}

const several = CORPUS.filter((e) => readFormula(fixtureText(e)).downloads.length > 1);

describe('the edit is checked against the request, not only against the plan', () => {
  it('the corpus has formulas with one download per platform to swap', () =>
    expect(several.map((e) => e.name)).toEqual(expect.arrayContaining(['jet-goreleaser', 'jet-hashicorp'])));

  it.each(CORPUS.map((e) => [e.name, e] as const))('%s: the planned edit reads as requested', (_n, entry) => {
    const { model, request, from, edited } = planned(entry);
    expect(checkAgainstRequest(model, edited, request, from, new Map())).toEqual([]);
  });

  it.each(several.map((e) => [e.name, e] as const))(
    '%s: a plan that swaps two downloads agrees with itself but not with the request',
    (_n, entry) => {
      for (const what of ['both', 'url', 'sha256'] as const) {
        // Derived urls come from the formula itself, so only a swapped sha256 is a planning bug there.
        if (what !== 'sha256' && !entry.inputs.urls) continue;
        const { model, request, from, plan, edited } = planned(entry, [0, 1], what);
        // The check against the plan is blind to the swap: it is what the plan says.
        expect(verifyEdit(model, edited, plan)).toEqual([]);
        const problems = checkAgainstRequest(model, edited, request, from, new Map());
        const keys = [model.downloads[0].key, model.downloads[1].key];
        expect([what, problems.join('\n')]).toEqual([
          what,
          expect.stringMatching(new RegExp(`${what === 'url' ? 'url' : 'sha256'} reads .*the request gives`))
        ]);
        // A platform of each swapped download is named (`darwin` and `arm64` name several).
        for (const key of keys)
          expect([
            key,
            platformsOf(setOfKey(key)!).some((p) => problems.some((m) => m.startsWith(`${p}:`)))
          ]).toEqual([key, true]);
      }
    }
  );

  it('a sha256 found for a url must be the one written for that url', () => {
    const entry = CORPUS.find((e) => e.name === 'jet')!;
    const request = { ...requestFor(entry), sha256: undefined };
    const { model, from } = planned(entry);
    const plan = editPlanFor(
      planDownloads(model, request, from).map((p) => ({ ...p, sha256: NEW_SHA('wrong') })),
      request.version,
      true,
      'remove'
    );
    const edited = applyEdit(fixtureText(entry), model, plan).text;
    const url = 'https://github.com/octo-org/jet/archive/refs/tags/v1.3.0.tar.gz';
    expect(checkAgainstRequest(model, edited, request, from, new Map([[url, NEW_SHA('found')]]))).toContain(
      `darwin-arm64: sha256 reads ${NEW_SHA('wrong')}, the request gives ${NEW_SHA('found')}`
    );
    expect(checkAgainstRequest(model, edited, request, from, new Map([[url, NEW_SHA('wrong')]]))).toEqual([]);
  });

  it("a platform whose own key is left out of sha256s takes the digest found for its url, not a wider key's", async () => {
    const entry = CORPUS.find((e) => e.name === 'jet-gr-2022')!;
    const request = requestFor(entry);
    request.sha256s!.delete('linux-arm');
    const armv6 =
      'https://github.com/octo-org/jet-gr-2022/releases/download/v1.3.0/jet-gr-2022_Linux_armv6.tar.gz';
    const looked: string[] = [];
    const change = await bumpFormulaText(fixtureText(entry), entry.tapPath, request, {
      allowDowngrade: false,
      allowPrerelease: undefined,
      resolveSha256: async (url) => (looked.push(url), { sha256: NEW_SHA('armv6'), source: 'test' })
    });
    expect(looked).toEqual([armv6]);
    expect(change.after).toContain(NEW_SHA('armv6'));
    // linux-arm64's digest on the armv6 download is refused: linux-arm is named by its own key.
    const { model, from } = planned(entry);
    const plan = editPlanFor(
      planDownloads(model, request, from).map((p) =>
        p.url === armv6 ? { ...p, sha256: request.sha256s!.get('linux-arm64') } : p
      ),
      request.version,
      true,
      'remove'
    );
    const edited = applyEdit(fixtureText(entry), model, plan).text;
    expect(checkAgainstRequest(model, edited, request, from, new Map([[armv6, NEW_SHA('armv6')]]))).toEqual([
      `linux-arm: sha256 reads ${request.sha256s!.get('linux-arm64')}, the request gives ${NEW_SHA('armv6')}`
    ]);
  });

  it('bumpFormulaText runs both checks and succeeds on every corpus formula', async () => {
    for (const entry of CORPUS) {
      const change = await bumpFormulaText(fixtureText(entry), entry.tapPath, requestFor(entry), {
        allowDowngrade: false,
        allowPrerelease: undefined,
        resolveSha256: async (url) => {
          throw new Error(`no lookup expected: ${url}`);
        }
      });
      expect([entry.name, change.status]).toEqual([entry.name, 'changed']);
    }
  });
});
