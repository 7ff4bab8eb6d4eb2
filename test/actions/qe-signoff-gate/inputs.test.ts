import { describe, expect, it } from '@jest/globals';
import { InputReader } from '#core/inputs.js';
import { parseApprover, parseInputs } from '../../../actions/qe-signoff-gate/src/inputs.js';

const SHA = 'b'.repeat(40);
function reader(inputs: Record<string, string>) {
  // Trims like the runner's getInput does.
  return new InputReader((name) => (inputs[name] ?? '').trim());
}
const base = { token: 't0ken', repository: 'octo-org/octo-repo', sha: SHA, tag: 'v1.2.3' };

describe('qe-signoff-gate inputs', () => {
  it('reads checksums as verify-release-assets does: modes in any case, file names as templates', () => {
    expect(parseInputs(reader({ ...base, checksums: 'Sidecars' })).checksums).toBe('sidecars');
    expect(parseInputs(reader({ ...base, checksums: 'caro-{version}-SHA256SUMS' })).checksums).toBe(
      'caro-1.2.3-SHA256SUMS'
    );
    expect(
      parseInputs(reader({ ...base, version: '9.9.9', checksums: 'sums-{tag}-{version}.txt' })).checksums
    ).toBe('sums-v1.2.3-9.9.9.txt');
    expect(() => parseInputs(reader({ ...base, checksums: 'sums-{sha}.txt' }))).toThrow(
      /Input 'checksums': template "sums-\{sha\}.txt" uses the unknown placeholder \{sha\}.*Use auto, sidecars, none, or the name of a checksum file asset/
    );
  });

  it('applies the documented defaults', () => {
    const i = parseInputs(reader(base));
    expect(i).toMatchObject({
      sha: SHA,
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      requiredWorkflows: [],
      waitTimeoutMs: 0,
      pollIntervalMs: 15_000,
      timeoutDecision: 'ABORT',
      p0Labels: ['P0'],
      p1Labels: ['P1'],
      blockingLabels: ['release-blocker'],
      approval: 'none',
      fourEyes: false,
      failOn: ['ABORT', 'HOTFIX', 'CONDITIONAL'],
      commentOn: 'none',
      checksums: 'auto'
    });
  });

  it('parses lists, waivers, approvers and fail-on', () => {
    const i = parseInputs(
      reader({
        ...base,
        'required-workflows': 'release.yml, publish.yml\nBundle',
        waivers: '#3 until 2030-01-01 by alice: ok\nbad line',
        approvers: 'qa-lead, octo-org/qa',
        'fail-on': 'abort, ship-it',
        approval: 'comment',
        'approval-issue': '#42',
        'wait-timeout': '10m',
        'timeout-decision': 'conditional'
      })
    );
    expect(i.requiredWorkflows).toEqual(['release.yml', 'publish.yml', 'Bundle']);
    expect(i.waivers).toHaveLength(1);
    expect(i.invalidWaivers.map((w) => w.line)).toEqual(['bad line']);
    expect(i.approvers).toEqual([
      { kind: 'user', login: 'qa-lead' },
      { kind: 'team', org: 'octo-org', team: 'qa' }
    ]);
    expect(i.failOn).toEqual(['ABORT', 'SHIP IT']);
    expect(i.approvalIssue).toBe(42);
    expect(i.waitTimeoutMs).toBe(600_000);
    expect(i.timeoutDecision).toBe('CONDITIONAL');
  });

  it('fail-on none fails on nothing', () => {
    expect(parseInputs(reader({ ...base, 'fail-on': 'none' })).failOn).toEqual([]);
  });

  it('reports every bad input at once, naming the input, the value and what is accepted', () => {
    let message = '';
    try {
      parseInputs(
        reader({
          ...base,
          sha: 'abc',
          approval: 'comment',
          'fail-on': 'ABORT,MAYBE',
          'timeout-decision': 'HOTFIX',
          approvers: 'not a login!',
          'p1-labels': 'P0'
        })
      );
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`Input 'sha': "abc" is not a full 40-character commit SHA`);
    expect(message).toContain(`Input 'approval-issue': is required when approval is 'comment'`);
    expect(message).toContain(
      `Input 'fail-on': "MAYBE" is not a decision; use a comma-separated list of ABORT, HOTFIX, CONDITIONAL, SHIP IT`
    );
    expect(message).toContain(
      `Input 'timeout-decision': "HOTFIX" is not accepted; use one of: ABORT, CONDITIONAL.`
    );
    expect(message).toContain(`Input 'approvers': "not a login!" is neither a login nor an org/team slug.`);
    expect(message).toContain(`Input 'p1-labels': "P0" is also a P0 or blocking label`);
  });

  it('needs a token', () => {
    expect(() => parseInputs(reader({ ...base, token: '' }))).toThrow(/Missing required input: token/);
  });

  it('parses approvers', () => {
    expect(parseApprover('@alice')).toEqual({ kind: 'user', login: 'alice' });
    expect(parseApprover('renovate[bot]')).toEqual({ kind: 'user', login: 'renovate[bot]' });
    expect(parseApprover('org/team.name')).toEqual({ kind: 'team', org: 'org', team: 'team.name' });
    expect(parseApprover('a/b/c')).toBeUndefined();
  });
});
