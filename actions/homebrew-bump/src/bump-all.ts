import { ConfigurationError, InputError } from '#core/errors.js';
import { createGitHubClient, type GitHubClient } from '#core/github.js';
import { preflight } from '#core/credentials.js';
import type { Report } from '#core/report.js';
import { bumpViaApi, type ApiContext } from './bump-api.js';
import { bumpLocal } from './bump-local.js';
import type { FormulaResult } from './formula-result.js';
import { baseResult, fail } from './formula-run.js';
import { Inputs, type BumpInputs } from './inputs.js';
import { sha256Resolver } from './sha256-source.js';
import { writeSummary } from './summary.js';
import { GitHubTap } from '#core/homebrew/tap-github.js';

/** Runs the bump (or rollback) for every formula and writes the summary and outputs. */
export async function bumpAll(inputs: BumpInputs, report: Report): Promise<void> {
  let results: FormulaResult[] = [];
  let requests: string[] | undefined;
  if (inputs.mode === 'local') {
    const gh: GitHubClient | undefined = inputs.token ? await createGitHubClient(inputs.token) : undefined;
    results = await bumpLocal(inputs, report, sha256Resolver(gh));
  } else {
    const gh = await createGitHubClient(inputs.token);
    const tap = new GitHubTap(gh, inputs.tap!);
    // Preflight before anything is read or written: a token that cannot see the tap fails here.
    const access = await preflight(gh, tap.repo, 'read');
    tap.calls.push('get-repo');
    // Installation tokens (GITHUB_TOKEN, GitHub App tokens: the documented `ghs_` prefix) get a
    // `permissions` object that does not describe what the installation may write; for them the first
    // write is the check, and its 403 says what to configure. A user token's `push: false` is final.
    if (access.push === false && inputs.token.startsWith('ghs_')) access.push = 'unknown';
    if (inputs.mode === 'push' && access.push === false) {
      throw new ConfigurationError(
        `The token in 'token' can read ${tap.fullName} but cannot push to it, which mode: push needs. Give it contents: write on ${tap.fullName}, or use mode: pull-request (which forks when it cannot push).`
      );
    }
    {
      const base = inputs.baseBranch ?? access.defaultBranch;
      // Only a new branch needs the base commit's SHA; a push or a dry run reads the file at the branch name.
      const needsSha = inputs.mode === 'pull-request' && !inputs.dryRun;
      const baseSha = needsSha ? await tap.branchHead(base) : base;
      if (!baseSha) throw new InputError(Inputs.BaseBranch, base, `${tap.fullName} has no branch ${base}.`);
      const ctx: ApiContext = {
        inputs,
        report,
        tap,
        access,
        base,
        baseSha,
        resolve: sha256Resolver(gh)
      };
      for (const target of inputs.formulas) {
        const result = baseResult(inputs, target);
        results.push(result);
        try {
          await bumpViaApi(ctx, target, result);
        } catch (e) {
          fail(report, result, e);
        }
      }
    }
    requests = tap.calls;
  }
  writeSummary(report, results, inputs, requests);
}
