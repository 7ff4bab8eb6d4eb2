import { ConfigurationError, InputError } from '#core/errors.js';
import { findVersionInHistory } from '#core/homebrew/history-search.js';

const formula = (version: string) => `class Jet < Formula
  desc "A jet"
  homepage "https://example.test/jet"
  url "https://example.test/jet-${version}.tar.gz"
  sha256 "${'a'.repeat(64)}"
end
`;

// Newest first, as a formula's history is walked.
const texts: Record<string, string> = { c3: formula('1.2.0'), c2: formula('1.1.0'), c1: formula('1.0.0') };
const commits = () => Object.keys(texts).map((sha) => ({ sha, message: `jet at ${sha}` }));
const readAt = async (sha: string) => texts[sha];

describe('findVersionInHistory', () => {
  test('finds the newest commit at the version', async () => {
    const hit = await findVersionInHistory(commits(), readAt, '1.1.0', 'Formula/jet.rb');
    expect(hit).toMatchObject({ sha: 'c2', text: formula('1.1.0') });
  });

  test('a version not in the history names the input it came from, with the versions seen', async () => {
    const error = await findVersionInHistory(
      commits(),
      readAt,
      '0.9.0',
      'Formula/jet.rb',
      'replacement'
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'replacement', value: '0.9.0' });
    expect((error as Error).message).toBe(
      "Input 'replacement': no commit in the history of Formula/jet.rb has version 0.9.0 (read 3 commit(s); versions seen: 1.2.0, 1.1.0, 1.0.0)."
    );
  });

  test('a version chosen by the action (no input) is not blamed on any input', async () => {
    const error = await findVersionInHistory(commits(), readAt, '0.9.0', 'Formula/jet.rb').catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).not.toBeInstanceOf(InputError);
    expect((error as Error).message).not.toMatch(/Input '/);
    expect((error as Error).message).toContain('has version 0.9.0');
  });

  test('stops after maxReads file reads', async () => {
    await expect(
      findVersionInHistory(commits(), readAt, '1.0.0', 'Formula/jet.rb', 'rollback-to', 2)
    ).rejects.toThrow(/read 2 commit\(s\); versions seen: 1\.2\.0, 1\.1\.0/);
  });
});
