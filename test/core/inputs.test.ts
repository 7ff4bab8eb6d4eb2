import { InputReader, parseDuration, parseRepository, isValidTag } from '#core/inputs.js';
import { parseList } from '#core/input-text.js';
import { ConfigurationError, InputError, InputErrors } from '#core/errors.js';

const reader = (values: Record<string, string>) => new InputReader((name) => (values[name] ?? '').trim());

describe('parseDuration', () => {
  test.each([
    ['0', 0],
    ['90', 90_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5s', 1500]
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  test.each(['', 'soon', '10 minutes', '5x', 'm5', '-3s', '10m junk'])('%p is rejected', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  );
});

test('lists split on newlines and commas, drop blanks and comments', () => {
  expect(parseList('a, b\n\n# note\n c ,')).toEqual(['a', 'b', 'c']);
  expect(parseList('x,y\nz', 'newline')).toEqual(['x,y', 'z']);
});

test('repositories and tags', () => {
  expect(parseRepository('octo-org/octo-repo')).toEqual({ owner: 'octo-org', repo: 'octo-repo' });
  for (const bad of ['octo', 'a/b/c', '/x', 'a/', 'a b/c', 'a/..'])
    expect(parseRepository(bad)).toBeUndefined();
  for (const good of ['v1.2.3', 'release/2026-11', 'v1.0.0-rc.1+build.5'])
    expect(isValidTag(good)).toBe(true);
  for (const bad of ['', 'v1..2', 'v1 2', 'a~b', 'x.lock', '-v1', 'v1/', 'v1\\2', 'a@{b'])
    expect(isValidTag(bad)).toBe(false);
});

test('every missing and invalid input is reported in one error', () => {
  const r = reader({ mode: 'sideways', count: '99', wait: 'later', flag: 'perhaps', repository: 'nope' });
  r.string('name', { required: true });
  r.string('other', { required: true });
  r.enum('mode', ['generate', 'verify'] as const);
  r.integer('count', { min: 1, max: 10 });
  r.duration('wait');
  r.boolean('flag');
  r.repository();
  let error: unknown;
  try {
    r.finish();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigurationError);
  const message = (error as Error).message;
  expect(message).toContain('Missing required inputs: name, other.');
  expect(message).toContain(`Input 'mode': "sideways" is not accepted; use one of: generate, verify.`);
  expect(message).toContain(`Input 'count': 99 is out of range; use a whole number in 1..10.`);
  expect(message).toContain(`Input 'wait': "later" is not a duration`);
  expect(message).toContain(`Input 'flag': "perhaps" is not a boolean`);
  expect(message).toContain(`Input 'repository': "nope" is not a repository; use owner/name`);
});

test('valid inputs parse into typed values with defaults', () => {
  const r = reader({
    mode: 'VERIFY',
    count: '3',
    wait: '2m',
    flag: 'true',
    formats: 'spdx-json, cyclonedx-json',
    files: 'a,b\nc'
  });
  expect(r.enum('mode', ['generate', 'verify'] as const)).toBe('verify');
  expect(r.integer('count', { min: 1 })).toBe(3);
  expect(r.duration('wait')).toBe(120_000);
  expect(r.boolean('flag')).toBe(true);
  expect(r.boolean('absent', { default: true })).toBe(true);
  expect(r.enumList('formats', ['spdx-json', 'cyclonedx-json'] as const)).toEqual([
    'spdx-json',
    'cyclonedx-json'
  ]);
  expect(r.globs('files')).toEqual(['a,b', 'c']);
  expect(r.string('missing', { default: 'dflt' })).toBe('dflt');
  expect(() => r.finish()).not.toThrow();
});

test('tag defaults to the tag of GITHUB_REF and repository to GITHUB_REPOSITORY', () => {
  const saved = { ref: process.env.GITHUB_REF, repo: process.env.GITHUB_REPOSITORY };
  process.env.GITHUB_REF = 'refs/tags/v2.0.0';
  process.env.GITHUB_REPOSITORY = 'o/r';
  try {
    const r = reader({});
    expect(r.tag('tag', { fromRef: true })).toBe('v2.0.0');
    expect(r.repository()).toEqual({ owner: 'o', repo: 'r' });
    process.env.GITHUB_REF = 'refs/heads/main';
    const r2 = reader({});
    expect(r2.tag('tag', { fromRef: true, required: true })).toBeUndefined();
    expect(() => r2.finish()).toThrow('Missing required input: tag (or a tag in GITHUB_REF).');
  } finally {
    process.env.GITHUB_REF = saved.ref;
    process.env.GITHUB_REPOSITORY = saved.repo;
    if (saved.ref === undefined) delete process.env.GITHUB_REF;
    if (saved.repo === undefined) delete process.env.GITHUB_REPOSITORY;
  }
});

describe('declared inputs (action.yml through generated code)', () => {
  const declarations = {
    mode: { default: 'fast', required: false },
    name: { required: true },
    token: { default: '${{ github.token }}', required: false }
  };

  test('an empty input gets its declared default and required flag; expressions stay the runner’s', () => {
    const reader = new InputReader(() => '').declare(declarations);
    expect(reader.enum('mode', ['slow', 'fast'] as const)).toBe('fast');
    expect(reader.string('token')).toBe('');
    expect(reader.string('name')).toBe('');
    expect(() => reader.finish()).toThrow('Missing required input: name.');
    expect([...reader.names].sort()).toEqual(['mode', 'name', 'token']);
  });

  test('reading an undeclared input is a bug, refused at once', () => {
    const reader = new InputReader(() => 'x').declare(declarations);
    expect(() => reader.string('nmae')).toThrow("input 'nmae' is read but action.yml does not declare it");
  });

  test('errors are structured: input, value and what is accepted, with the message derived from them', () => {
    const reader = new InputReader((n) => (n === 'mode' ? 'warp' : 'ok')).declare(declarations);
    reader.enum('mode', ['slow', 'fast'] as const);
    let thrown: unknown;
    try {
      reader.finish();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    const [error] = (thrown as InputErrors).errors;
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'mode', value: 'warp', accepted: 'use one of: slow, fast.' });
    expect(error.message).toBe('Input \'mode\': "warp" is not accepted; use one of: slow, fast.');
    expect((thrown as Error).message).toBe(error.message);
  });
});
