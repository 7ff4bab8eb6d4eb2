import { expandTemplate, type BumpRequest } from './bump-plan.js';
import { evaluateFormula, interpolateVersion } from './formula-evaluate.js';
import { readFormula, type FormulaModel } from './formula-model.js';
import { PLATFORMS, platformsOf, setOfKey, hasPlatform, type ConcretePlatform } from './formula-platforms.js';

// A second gate beside `checkEdit`, which compares the edit with the plan: a planning bug (a download
// given the url or sha256 of another platform) would agree with itself there. This one starts from
// the request instead — per platform, the url and sha256 of the most specific key of `urls`/`sha256s`
// that names the platform, or the platform's old url with the version replaced — and from how the
// original formula read on that platform, never from the plan's downloads.

const count = (set: number) => platformsOf(set).length;

/** The most specific request key that names `platform`; `ambiguous` when two equally specific keys do. */
function keyFor(keys: Iterable<string>, platform: ConcretePlatform): string | 'ambiguous' | undefined {
  let best: string | undefined;
  let size = Infinity;
  let tie = false;
  for (const key of keys) {
    const set = setOfKey(key);
    if (set === undefined || !hasPlatform(set, platform)) continue;
    if (count(set) < size) [best, size, tie] = [key, count(set), false];
    else if (count(set) === size) tie = true;
  }
  return tie ? 'ambiguous' : best;
}

/**
 * Checks an edited formula against what the user asked for, platform by platform.
 * @param before the formula as it was.
 * @param afterText the edited text.
 * @param request the user's request (templates unexpanded).
 * @param fromVersion the version the formula was at.
 * @param resolved sha256s found for urls the request gave none for (url → sha256).
 * @returns the differences (`darwin-arm64: url reads …, the request gives …`); empty when each platform
 *   reads what was asked.
 */
export function checkAgainstRequest(
  before: FormulaModel,
  afterText: string,
  request: BumpRequest,
  fromVersion: string | undefined,
  resolved: Map<string, string>
): string[] {
  const after = readFormula(afterText);
  if (after.problems.length) return after.problems.map((p) => `the edited formula: ${p}`);
  const was = evaluateFormula(before);
  const now = evaluateFormula(after);
  const values = { version: request.version, tag: request.tag, formula: request.formula };
  const problems: string[] = [];
  const universe = new Set([
    ...before.downloads.map((d) => d.key),
    ...(request.urls?.keys() ?? []),
    ...(request.sha256s?.keys() ?? [])
  ]);
  for (const platform of PLATFORMS) {
    const b = was.platforms.get(platform)!;
    const a = now.platforms.get(platform)!;
    if (!b.url) {
      if (a.url) problems.push(`${platform}: url reads ${a.url.value}, but the formula had none there`);
      continue;
    }
    // One key per platform, chosen among every key the formula and the request name, so a platform
    // whose own key is missing from `sha256s` (its digest is found) does not take a wider key's.
    const key = keyFor(universe, platform);
    if (key === 'ambiguous' || ((request.urls || request.sha256s) && key === undefined)) {
      problems.push(`${platform}: ${key === 'ambiguous' ? 'two keys name it' : 'no key names it'}`);
      continue;
    }
    let url: string | undefined;
    const template = request.urls ? request.urls.get(key!) : request.url;
    if (request.urls && template === undefined) {
      problems.push(`${platform}: 'urls' has no line for ${key}`);
      continue;
    }
    try {
      url = template
        ? expandTemplate(request.urls ? 'urls' : 'url', template, values)
        : interpolateVersion(
            fromVersion ? b.url.text.split(fromVersion).join(request.version) : b.url.text,
            request.version
          );
    } catch (error) {
      problems.push(`${platform}: ${(error as Error).message}`);
      continue;
    }
    const given = request.sha256s ? request.sha256s.get(key!) : request.sha256;
    const sha256 = (
      given ??
      (url !== undefined ? resolved.get(url) : undefined) ??
      (url === b.url.value ? b.sha256?.value : undefined)
    )?.toLowerCase();
    if (a.url?.value !== url)
      problems.push(
        `${platform}: url reads ${a.url?.value ?? '(none)'}, the request gives ${url ?? '(none)'}`
      );
    if (a.sha256?.value !== sha256)
      problems.push(
        `${platform}: sha256 reads ${a.sha256?.value ?? '(none)'}, the request gives ${sha256 ?? '(none)'}`
      );
  }
  return problems;
}
