import { ConfigurationError, InputError } from '../errors.js';
import type { FormulaModel } from './formula-model.js';
import type { EditPlan } from './formula-editor.js';
import { urlProblem } from './ruby-values.js';
import { versionFromUrl } from './version-compare.js';
import { interpolateVersion } from './formula-evaluate.js';

/** What the user asked for one formula; templates are still unexpanded. */
export interface BumpRequest {
  formula: string;
  version: string;
  /** The release tag, for `{tag}` (default `v<version>`). */
  tag: string;
  url?: string;
  urls?: Map<string, string>;
  sha256?: string;
  sha256s?: Map<string, string>;
  bottles: 'keep' | 'remove';
}

/** One download's old and new values; `sha256` is undefined until computed. */
export interface PlannedDownload {
  key: string;
  oldUrl: string;
  /** The url Homebrew will fetch (interpolated). */
  url: string;
  /** The url as it will be written between the quotes, when that differs from `url` (`…/v#{version}/…`). */
  text?: string;
  oldSha256: string;
  sha256?: string;
  mirrors: (string | null)[];
  /** Notes for the summary (a mirror dropped because it could not follow the version). */
  notes: string[];
}

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** Expands `{version}`, `{tag}` and `{formula}` in a url template, then checks the result. */
export function expandTemplate(
  input: string,
  template: string,
  values: { version: string; tag: string; formula: string }
): string {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(p in values));
  if (unknown.length)
    throw new InputError(
      input,
      template,
      `unknown placeholder {${unknown[0]}} in ${JSON.stringify(template)}`,
      'use {version}, {tag} or {formula}.'
    );
  const url = template.replace(PLACEHOLDER, (_, p: keyof typeof values) => values[p]);
  const problem = urlProblem(url);
  if (problem) throw new InputError(input, template, problem);
  return url;
}

/** The version the formula is at: its `version` line, else the one Homebrew reads from its url(s). */
export function currentVersion(model: FormulaModel): string | undefined {
  if (model.versions.length) return model.versions[0].value;
  const found = [
    ...new Set(model.downloads.map((d) => versionFromUrl(d.url.value)).filter((v): v is string => !!v))
  ];
  return found.length === 1 ? found[0] : undefined;
}

function replaceAll(text: string, from: string, to: string): string {
  return from ? text.split(from).join(to) : text;
}

const INTERPOLATED = /#\{\s*version\s*\}/;

/**
 * The new text of a url or mirror that follows the version: `#{version}` stays as it is (Homebrew
 * fills it in), a literal old version is replaced. Undefined when the text does not carry the version.
 */
function followVersion(text: string, from: string | undefined, to: string): string | undefined {
  const parts = text.split(INTERPOLATED);
  const literal = from !== undefined && parts.some((p) => p.includes(from));
  if (parts.length === 1 && !literal) return undefined;
  return parts.map((p) => (from ? replaceAll(p, from, to) : p)).join('#{version}');
}

/**
 * Works out each download's new url (from `url`, `urls`, or the old url with the version replaced),
 * its sha256 when given, and its mirrors.
 * @throws InputError when the inputs do not fit the formula's shape.
 */
export function planDownloads(
  model: FormulaModel,
  request: BumpRequest,
  fromVersion: string | undefined
): PlannedDownload[] {
  const values = { version: request.version, tag: request.tag, formula: request.formula };
  const keys = model.downloads.map((d) => d.key);
  const platformShape = !(keys.length === 1 && keys[0] === 'all');
  if (request.url && platformShape) {
    throw new InputError(
      'url',
      request.url,
      `formula ${request.formula} has one download per platform (${keys.join(', ')}).`,
      `Give them in 'urls' as lines such as ${keys[0]}=https://….`
    );
  }
  if (request.sha256 && model.downloads.length > 1) {
    throw new InputError(
      'sha256',
      request.sha256,
      `formula ${request.formula} has ${model.downloads.length} downloads (${keys.join(', ')}).`,
      "Give them in 'sha256s'."
    );
  }
  for (const [input, map] of [
    ['urls', request.urls],
    ['sha256s', request.sha256s]
  ] as const) {
    if (!map) continue;
    const unused = [...map.keys()].filter((k) => !keys.includes(k));
    if (unused.length) {
      throw new InputError(
        input,
        unused.join(', '),
        `formula ${request.formula} has no download for ${unused.join(', ')}`,
        `its downloads are: ${keys.join(', ')}.`
      );
    }
  }
  if (request.urls) {
    const missing = keys.filter((k) => !request.urls!.has(k));
    if (missing.length)
      throw new InputError(
        'urls',
        [...request.urls.keys()].join(', '),
        `no url for ${missing.join(', ')} of formula ${request.formula}`,
        `give one line per platform (${keys.join(', ')}).`
      );
  }
  const versionChanged = fromVersion !== request.version;
  const read = (text: string, version: string | undefined) => interpolateVersion(text, version) ?? text;
  return model.downloads.map((d) => {
    let url: string;
    let text: string;
    const oldUrl = read(d.url.value, fromVersion);
    const template = request.urls?.get(d.key) ?? request.url;
    if (template) {
      url = expandTemplate(request.urls ? 'urls' : 'url', template, values);
      text = url;
      if (INTERPOLATED.test(d.url.value)) {
        // An interpolated url stays interpolated: only the version line changes, and the url given
        // must be the one the formula's own text reads with the new version.
        const follows = read(d.url.value, request.version);
        if (follows !== url)
          throw new InputError(
            request.urls ? 'urls' : 'url',
            template,
            `formula ${request.formula} writes its url${d.key === 'all' ? '' : ` (${d.key})`} as ${d.url.value}, which reads ${follows} at ${request.version}, not ${url}.`,
            `Give that url (or leave '${request.urls ? 'urls' : 'url'}' empty to follow the version); to change how the formula builds its url, edit it by hand.`
          );
        text = d.url.value;
      }
    } else if (!versionChanged) {
      url = oldUrl;
      text = d.url.value;
    } else {
      const next = followVersion(d.url.value, fromVersion, request.version);
      if (next === undefined)
        throw new ConfigurationError(
          `Formula ${request.formula}: its url ${d.url.value} does not contain its current version (${fromVersion ?? 'unknown'}), so the new url cannot be derived; pass 'url' (or 'urls').`
        );
      text = next;
      url = read(next, request.version);
      const problem = urlProblem(url);
      if (problem)
        throw new ConfigurationError(
          `The url of ${request.formula} with the new version is not usable: ${problem} Pass 'url'.`
        );
    }
    const given = request.sha256s?.get(d.key) ?? request.sha256;
    const notes: string[] = [];
    const mirrors = d.mirrors.map((m) => {
      if (!versionChanged) return m.value;
      const next = followVersion(m.value, fromVersion, request.version);
      if (next !== undefined && !urlProblem(read(next, request.version))) return next;
      notes.push(`mirror ${m.value} removed: it does not follow the version`);
      return null;
    });
    const sha256 = given ?? (url === oldUrl ? d.sha256.value.toLowerCase() : undefined);
    return {
      key: d.key,
      oldUrl,
      url,
      ...(text !== url ? { text } : {}),
      oldSha256: d.sha256.value.toLowerCase(),
      sha256,
      mirrors,
      notes
    };
  });
}

/** The editor's plan once every sha256 is known. */
export function editPlanFor(
  planned: PlannedDownload[],
  version: string,
  versionChanged: boolean,
  bottles: 'keep' | 'remove'
): EditPlan {
  return {
    downloads: planned.map((p) => {
      if (!p.sha256) throw new Error(`sha256 of ${p.url} not computed`);
      return { url: p.text ?? p.url, sha256: p.sha256, mirrors: p.mirrors };
    }),
    version,
    removeRevision: versionChanged,
    removeBottles: versionChanged && bottles === 'remove'
  };
}
