import { readFormula } from '../../../packages/core/src/homebrew/formula-model.js';
import { applyEdit } from '../../../packages/core/src/homebrew/formula-editor.js';
import { currentVersion, editPlanFor, planDownloads } from '../../../packages/core/src/homebrew/bump-plan.js';
import { parsePlatformLines } from '../../../packages/core/src/homebrew/ruby-values.js';
import {
  restoredMatches,
  restoreVersionLines
} from '../../../packages/core/src/homebrew/rollback-restore.js';
import { CORPUS, fixtureText, NEW_SHA, type CorpusEntry } from './corpus.js';
import { itWithRuby, probeFormula, rubySyntaxError } from './ruby.js';

function bumped(entry: CorpusEntry, text = fixtureText(entry)): string {
  const model = readFormula(text);
  const sha256s = entry.inputs.sha256s ? parsePlatformLines(entry.inputs.sha256s.split('\n')).map : undefined;
  const planned = planDownloads(
    model,
    {
      formula: entry.name,
      version: '1.3.0',
      tag: 'v1.3.0',
      url: entry.inputs.url,
      urls: entry.inputs.urls ? parsePlatformLines(entry.inputs.urls.split('\n')).map : undefined,
      sha256: sha256s ? undefined : NEW_SHA(entry.name),
      sha256s,
      bottles: 'remove'
    },
    currentVersion(model)
  );
  return applyEdit(text, model, editPlanFor(planned, '1.3.0', true, 'remove')).text;
}

describe('rollback restore', () => {
  it.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: restores the earlier text byte for byte',
    (_shape, entry) => {
      const original = fixtureText(entry);
      const after = bumped(entry);
      expect(after).not.toBe(original);
      const restored = restoreVersionLines(after, original);
      expect(restored.text).toBe(original);
      expect(restored.keptHunks).toBe(0);
      expect(restoredMatches(restored.text, original)).toEqual([]);
    }
  );

  itWithRuby('keeps changes made since that version and restores the old values', () => {
    const entry = CORPUS.find((e) => e.name === 'jet-bottle')!;
    const original = fixtureText(entry);
    const later = bumped(entry)
      .replace('desc "Release tool with bottles"', 'desc "Release tool with bottles, improved"')
      .replace('depends_on "rust" => :build\n', 'depends_on "rust" => :build\n  depends_on "zstd"\n');
    const restored = restoreVersionLines(later, original);
    expect(restored.keptHunks).toBe(2);
    expect(restored.text).toContain('improved');
    expect(restored.text).toContain('depends_on "zstd"');
    expect(restored.text).toContain('bottle do');
    expect(restoredMatches(restored.text, original)).toEqual([]);
    expect(rubySyntaxError(restored.text)).toBe('');
    expect(probeFormula(restored.text)['linux-amd64']).toMatchObject(probeFormula(original)['linux-amd64']);
  });

  it('restores values even when an unrelated line next to them changed', () => {
    const entry = CORPUS[0];
    const original = fixtureText(entry);
    const later = bumped(entry).replace(
      'homepage "https://github.com/octo-org/jet"',
      'homepage "https://jet.example.org"'
    );
    const restored = restoreVersionLines(later, original);
    expect(restored.text).toBe(
      original.replace('homepage "https://github.com/octo-org/jet"', 'homepage "https://jet.example.org"')
    );
  });
});
