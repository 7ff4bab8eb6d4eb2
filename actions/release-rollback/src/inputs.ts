import path from 'node:path';
import { LOGIN_PATTERN } from '#core/identity.js';
import { InputReader, parseRepository, type Repository } from '#core/inputs.js';
import { CRATE_NAME, DEFAULT_INDEX, parseHttpUrl, parseIndexUrl } from '#core/crates/registry-names.js';
import { formulaTarget, type FormulaTarget } from '#core/homebrew/formula-path.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

/** The steps, in the order they run: drafts before tag, because deleting a tag turns its release into a draft. */
export const STEPS = ['notes', 'latest', 'drafts', 'tag', 'crate', 'tap', 'issue'] as const;
export type StepName = (typeof STEPS)[number];
export const NOTICES = ['superseded', 'yanked'] as const;
export type Notice = (typeof NOTICES)[number];
export const TAP_MODES = ['pull-request', 'push'] as const;
export type TapMode = (typeof TAP_MODES)[number];

export interface RollbackInputs {
  tag: string;
  replacement?: string;
  reason: string;
  /** The steps asked for, in run order. */
  steps: StepName[];
  /** Whether `steps` was given (an explicit step that cannot apply is an error, not a skip). */
  explicitSteps: boolean;
  execute: boolean;
  notice: Notice;
  deleteTag: boolean;
  manifestPath?: string;
  crates: string[];
  registryToken: string;
  indexUrl: string;
  registryApi?: string;
  forceYank: boolean;
  tap?: Repository;
  formula?: FormulaTarget;
  tapToken: string;
  mode: TapMode;
  repository: Repository;
  token: string;
  /** The login the token writes as, when given (an App token other than GITHUB_TOKEN). */
  tokenLogin?: string;
}

/** Reads and checks every input up front; throws one ConfigurationError listing every problem. */
export function parseInputs(reader = new InputReader()): RollbackInputs {
  reader.declare(INPUT_DECLARATIONS);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const tag = reader.tag(Inputs.Tag, { required: true });
  const replacement = reader.tag(Inputs.Replacement);
  const reason = reader.string(Inputs.Reason);
  const explicit = reader.enumList(Inputs.Steps, STEPS);
  const execute = reader.boolean(Inputs.Execute);
  const notice = reader.enum(Inputs.Notice, NOTICES);
  const deleteTag = reader.boolean(Inputs.DeleteTag);
  const manifestPath = reader.optional(Inputs.ManifestPath);
  const crates = reader.list(Inputs.Crate);
  const registryToken = reader.secret(Inputs.RegistryToken);
  const index = reader.string(Inputs.Index);
  const registryApi = reader.optional(Inputs.RegistryApi);
  const forceYank = reader.boolean(Inputs.ForceYank);
  const tapText = reader.optional(Inputs.Tap);
  const formulaText = reader.optional(Inputs.Formula);
  const token = reader.secret(Inputs.Token);
  const tapToken = reader.secret(Inputs.TapToken) || token;
  const mode = reader.enum(Inputs.Mode, TAP_MODES);
  const repository = reader.repository(Inputs.Repository);
  const tokenLogin = reader.optional(Inputs.TokenLogin);
  if (tokenLogin !== undefined && !LOGIN_PATTERN.test(tokenLogin))
    reader.fail(
      Inputs.TokenLogin,
      `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot].`
    );

  if (/[\r\n]/.test(reason.trim()))
    reader.fail(Inputs.Reason, 'must be one line; put the details in the tracking issue instead.');
  if (reason.length > 500)
    reader.fail(Inputs.Reason, `is ${reason.length} characters; keep it to one line (at most 500).`);
  if (replacement !== undefined && replacement === tag)
    reader.fail(
      Inputs.Replacement,
      `${JSON.stringify(replacement)} is the bad release itself; name another release.`
    );
  for (const c of crates)
    if (!CRATE_NAME.test(c))
      reader.fail(
        Inputs.Crate,
        `${JSON.stringify(c)} is not a crate name; use an ASCII letter followed by up to 63 letters, digits, '-' or '_'.`
      );
  if (manifestPath !== undefined && crates.length)
    reader.fail(Inputs.Crate, `give either ${Inputs.Crate} or ${Inputs.ManifestPath}, not both.`);
  const indexUrl = parseIndexUrl(index);
  if (!indexUrl)
    reader.fail(
      Inputs.Index,
      `${JSON.stringify(index)} is not a sparse index URL; use one such as ${DEFAULT_INDEX} (git indexes are not supported).`
    );
  const api = registryApi === undefined ? undefined : parseHttpUrl(registryApi);
  if (registryApi !== undefined && !api)
    reader.fail(
      Inputs.RegistryApi,
      `${JSON.stringify(registryApi)} is not an http(s) URL; use the registry's API base.`
    );
  let tap: Repository | undefined;
  if (tapText !== undefined) {
    tap = parseRepository(tapText);
    if (!tap)
      reader.fail(Inputs.Tap, `${JSON.stringify(tapText)} is not a repository; use owner/homebrew-name.`);
  }
  let formula: FormulaTarget | undefined;
  if (formulaText !== undefined) {
    const t = formulaTarget(formulaText);
    if (typeof t === 'string') reader.fail(Inputs.Formula, t);
    else formula = t;
  }
  if ((tapText === undefined) !== (formulaText === undefined))
    reader.fail(
      tapText === undefined ? Inputs.Tap : Inputs.Formula,
      `the tap step needs both ${Inputs.Tap} and ${Inputs.Formula}.`
    );

  const hasCrate = manifestPath !== undefined || crates.length > 0;
  const hasTap = tapText !== undefined && formulaText !== undefined;
  let steps: StepName[];
  if (explicit.length) {
    steps = STEPS.filter((s) => explicit.includes(s));
    if (steps.includes('crate') && !hasCrate)
      reader.fail(Inputs.Steps, `the crate step needs ${Inputs.ManifestPath} or ${Inputs.Crate}.`);
    if (steps.includes('tap') && !hasTap)
      reader.fail(Inputs.Steps, `the tap step needs ${Inputs.Tap} and ${Inputs.Formula}.`);
  } else {
    steps = STEPS.filter((s) => (s === 'crate' ? hasCrate : s === 'tap' ? hasTap : true));
  }
  if (execute && steps.includes('crate') && !registryToken)
    reader.fail(
      Inputs.RegistryToken,
      'is required to execute the crate step; use a registry API token with the yank scope.'
    );
  if (!token)
    reader.fail(
      Inputs.Token,
      'is empty; pass a token that can read (to plan) or write (to execute) the repository.'
    );
  reader.finish();
  return {
    tag: tag!,
    replacement,
    reason: reason.trim(),
    steps,
    explicitSteps: explicit.length > 0,
    execute,
    notice,
    deleteTag,
    manifestPath: manifestPath === undefined ? undefined : path.resolve(workspace, manifestPath),
    crates,
    registryToken,
    indexUrl: indexUrl!,
    registryApi: api,
    forceYank,
    tap,
    formula,
    tapToken,
    mode,
    repository,
    token,
    tokenLogin
  };
}
