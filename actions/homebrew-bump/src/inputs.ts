import { InputReader, isValidTag, type Repository } from '#core/inputs.js';
import { parsePlatformLines, sha256Problem, urlProblem, versionProblem } from '#core/homebrew/ruby-values.js';
import { formulaTarget, type FormulaTarget } from '#core/homebrew/formula-path.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

export const MODES = ['pull-request', 'push', 'local'] as const;
export type Mode = (typeof MODES)[number];
export const BOTTLES = ['remove', 'keep'] as const;

export interface BumpInputs {
  tap?: Repository;
  formulas: FormulaTarget[];
  token: string;
  /** The new version; for a rollback, the version rolled back to. */
  version: string;
  tag: string;
  url?: string;
  urls?: Map<string, string>;
  sha256?: string;
  sha256s?: Map<string, string>;
  mode: Mode;
  tapPath?: string;
  baseBranch?: string;
  branch?: string;
  commitMessage?: string;
  prTitle?: string;
  prBody?: string;
  labels: string[];
  bottles: 'remove' | 'keep';
  allowDowngrade: boolean;
  /** Undefined when not set: a pre-release then fails the step instead of being skipped green. */
  allowPrerelease: boolean | undefined;
  dryRun: boolean;
  rollback: boolean;
}

function show(value: string): string {
  return JSON.stringify(value.length > 120 ? value.slice(0, 120) + '…' : value);
}

/** Reads and validates every input before anything is read from disk or the network. */
export function parseInputs(reader = new InputReader()): BumpInputs {
  reader.declare(INPUT_DECLARATIONS);
  const mode = reader.enum(Inputs.Mode, MODES);
  const rollbackTo = reader.optional(Inputs.RollbackTo);
  const tapText = reader.optional(Inputs.Tap);
  let tap: Repository | undefined;
  if (tapText || mode !== 'local') tap = reader.repository(Inputs.Tap);
  const token = reader.secret(Inputs.Token);
  if (mode !== 'local' && !token) {
    reader.fail(
      Inputs.Token,
      `mode '${mode}' needs a token that can write to the tap ${tapText ?? ''} (contents and pull requests) or fork it. ` +
        'The workflow GITHUB_TOKEN cannot write to another repository: pass a personal access token or a GitHub App token, e.g. `token: ${{ secrets.TAP_TOKEN }}`. Or use mode: local with tap-path.'
    );
  }
  const tapPath = reader.optional(Inputs.TapPath);
  if (mode === 'local' && !tapPath)
    reader.fail(Inputs.TapPath, 'mode local needs tap-path: the directory of the checked-out tap.');
  if (mode !== 'local' && tapPath)
    reader.fail(Inputs.TapPath, `is only used with mode: local (mode is ${mode}).`);

  const formulas: FormulaTarget[] = [];
  for (const item of reader.list(Inputs.Formula, { required: true })) {
    const target = formulaTarget(item);
    if (typeof target === 'string') reader.fail(Inputs.Formula, target);
    else formulas.push(target);
  }
  const several = formulas.length > 1;

  // The version: rollback-to for a rollback; else `version`, or the tag being built.
  let version = '';
  let versionInput: string = Inputs.Version;
  const versionText = reader.optional(Inputs.Version);
  if (rollbackTo !== undefined) {
    version = rollbackTo;
    versionInput = Inputs.RollbackTo;
    for (const name of [Inputs.Version, Inputs.Url, Inputs.Urls, Inputs.Sha256, Inputs.Sha256s]) {
      if (reader.optional(name) !== undefined)
        reader.fail(
          name,
          'cannot be combined with rollback-to: a rollback restores the values the tap history has for that version.'
        );
    }
  } else if (versionText !== undefined) {
    version = versionText;
  } else {
    const ref = process.env.GITHUB_REF ?? '';
    // Only a tag that is a version (v1.2.3, 1.2.3) gives one; `jet-v1.2.3` needs the input.
    if (/^refs\/tags\/v?\d/.test(ref)) {
      version = ref.slice('refs/tags/'.length).replace(/^v(?=\d)/, '');
      versionInput = `${Inputs.Version} (from GITHUB_REF ${ref})`;
    } else
      reader.fail(
        Inputs.Version,
        `is required (GITHUB_REF ${JSON.stringify(ref)} is not a version tag to take it from).`
      );
  }
  if (version) {
    const problem = versionProblem(version);
    if (problem) reader.fail(versionInput, problem);
  }

  const tag = reader.string(Inputs.Tag, { default: version ? `v${version}` : '' });
  if (tag && !isValidTag(tag)) reader.fail(Inputs.Tag, `${show(tag)} is not a valid tag name.`);
  // A tag goes into urls, hence into Ruby: hold it to the url alphabet too.
  if (tag && /["'`\\#\s]/.test(tag))
    reader.fail(Inputs.Tag, `${show(tag)} contains a quote, backslash, '#' or whitespace.`);

  const url = reader.optional(Inputs.Url);
  const urlLines = reader.list(Inputs.Urls, { separators: 'newline' });
  if (url !== undefined && urlLines.length) reader.fail(Inputs.Urls, 'give either url or urls, not both.');
  // Templates are checked with their placeholders filled by harmless text, so that a quote, `#{`
  // or whitespace in the template itself is refused before anything runs.
  const checkTemplate = (name: string, template: string) => {
    const problem = urlProblem(template.replace(/\{(version|tag|formula)\}/g, 'x'));
    if (problem) reader.fail(name, problem);
    if (several && !template.includes('{formula}'))
      reader.fail(name, `with several formulas the url must contain {formula}: ${show(template)}.`);
  };
  if (url !== undefined) checkTemplate(Inputs.Url, url);
  let urls: Map<string, string> | undefined;
  if (urlLines.length) {
    const parsed = parsePlatformLines(urlLines);
    parsed.problems.forEach((p) => reader.fail(Inputs.Urls, p));
    for (const [key, value] of parsed.map) checkTemplate(`${Inputs.Urls} (${key})`, value);
    urls = parsed.map;
  }

  let sha256 = reader.optional(Inputs.Sha256);
  if (sha256 !== undefined) {
    const problem = sha256Problem(sha256);
    if (problem) reader.fail(Inputs.Sha256, problem);
    sha256 = sha256.toLowerCase();
  }
  const shaLines = reader.list(Inputs.Sha256s, { separators: 'newline' });
  let sha256s: Map<string, string> | undefined;
  if (shaLines.length) {
    const parsed = parsePlatformLines(shaLines);
    parsed.problems.forEach((p) => reader.fail(Inputs.Sha256s, p));
    for (const [key, value] of parsed.map) {
      const problem = sha256Problem(value);
      if (problem) reader.fail(`${Inputs.Sha256s} (${key})`, problem);
      parsed.map.set(key, value.toLowerCase());
    }
    sha256s = parsed.map;
  }
  if (sha256 !== undefined && sha256s)
    reader.fail(Inputs.Sha256s, 'give either sha256 or sha256s, not both.');
  if (several && (sha256 !== undefined || sha256s))
    reader.fail(
      sha256 !== undefined ? Inputs.Sha256 : Inputs.Sha256s,
      'cannot be given for several formulas (each has its own download); leave it empty to compute each.'
    );

  const baseBranch = reader.optional(Inputs.BaseBranch);
  if (baseBranch !== undefined && !isValidTag(baseBranch))
    reader.fail(Inputs.BaseBranch, `${show(baseBranch)} is not a valid branch name.`);
  const branch = reader.optional(Inputs.Branch);
  if (branch !== undefined && !isValidTag(branch))
    reader.fail(Inputs.Branch, `${show(branch)} is not a valid branch name.`);
  const commitMessage = reader.optional(Inputs.CommitMessage);
  const prTitle = reader.optional(Inputs.PrTitle);
  const prBody = reader.optional(Inputs.PrBody);
  const labels = reader.list(Inputs.Labels);
  const bottles = reader.enum(Inputs.Bottles, BOTTLES);
  const allowDowngrade = reader.boolean(Inputs.AllowDowngrade);
  // Unset is neither true nor false: a real pre-release then fails the step instead of skipping green.
  const allowPrerelease =
    reader.optional(Inputs.AllowPrerelease) === undefined
      ? undefined
      : reader.boolean(Inputs.AllowPrerelease);
  const dryRun = reader.boolean(Inputs.DryRun);
  reader.finish();
  return {
    tap,
    formulas,
    token,
    version,
    tag,
    url,
    urls,
    sha256,
    sha256s,
    mode,
    tapPath,
    baseBranch,
    branch,
    commitMessage,
    prTitle,
    prBody,
    labels,
    bottles,
    allowDowngrade,
    allowPrerelease,
    dryRun,
    rollback: rollbackTo !== undefined
  };
}
