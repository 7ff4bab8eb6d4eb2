import { readFormula } from '../../../packages/core/src/homebrew/formula-model.js';
import { applyEdit, verifyEdit } from '../../../packages/core/src/homebrew/formula-editor.js';
import {
  currentVersion,
  editPlanFor,
  planDownloads,
  type BumpRequest
} from '../../../packages/core/src/homebrew/bump-plan.js';
import { parsePlatformLines } from '../../../packages/core/src/homebrew/ruby-values.js';
import { splitLines } from '../../../packages/core/src/homebrew/ruby-lexer.js';
import { CORPUS, fixtureText, fromVersion, NEW_SHA, toVersion, type CorpusEntry } from './corpus.js';
import { evaluateFormula } from '../../../packages/core/src/homebrew/formula-evaluate.js';
import { hasPlatform, type ConcretePlatform } from '../../../packages/core/src/homebrew/formula-platforms.js';
import { itWithRuby, probeFormula, rubySyntaxError } from './ruby.js';

function request(entry: CorpusEntry, version = toVersion(entry)): BumpRequest {
  const urls = entry.inputs.urls ? parsePlatformLines(entry.inputs.urls.split('\n')).map : undefined;
  const sha256s = entry.inputs.sha256s ? parsePlatformLines(entry.inputs.sha256s.split('\n')).map : undefined;
  return {
    formula: entry.name,
    version,
    tag: `v${version}`,
    url: entry.inputs.url,
    urls,
    sha256: sha256s ? undefined : NEW_SHA(`${entry.name}-${version}`),
    sha256s,
    bottles: 'remove'
  };
}

function bump(entry: CorpusEntry, version = toVersion(entry)) {
  const text = fixtureText(entry);
  const model = readFormula(text);
  const from = currentVersion(model);
  const planned = planDownloads(model, request(entry, version), from);
  const plan = editPlanFor(planned, version, from !== version, 'remove');
  const result = applyEdit(text, model, plan);
  return { text, model, planned, plan, result, from };
}

describe('formula corpus: read', () => {
  it.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: reads its downloads, version and blocks',
    (_shape, entry) => {
      const model = readFormula(fixtureText(entry));
      expect(model.problems).toEqual([]);
      expect(model.downloads.map((d) => d.key)).toEqual(entry.keys);
      expect(currentVersion(model)).toBe(fromVersion(entry));
    }
  );

  it('ignores url/sha256 lines in bottle, resource, head, livecheck, patch, heredocs and __END__', () => {
    const livecheck = readFormula(fixtureText(CORPUS.find((e) => e.name === 'jet-livecheck')!));
    expect(livecheck.downloads).toHaveLength(1);
    expect(livecheck.downloads[0].url.value).toBe('https://downloads.example.org/jet-livecheck-1.2.3.tar.gz');
    const patch = readFormula(fixtureText(CORPUS.find((e) => e.name === 'jet-patch-data')!));
    expect(patch.downloads.map((d) => d.url.value)).toEqual([
      'https://downloads.example.org/jet-patch-data-1.2.3.tar.gz'
    ]);
    expect(patch.downloads[0].urlOptions).toBe(', using: :homebrew_curl');
    const resources = readFormula(fixtureText(CORPUS.find((e) => e.name === 'jet-resources')!));
    expect(resources.downloads).toHaveLength(1);
    expect(resources.downloads[0].mirrors).toEqual([]);
    const bottle = readFormula(fixtureText(CORPUS.find((e) => e.name === 'jet-bottle')!));
    expect(bottle.bottles).toHaveLength(1);
  });
});

describe('formula corpus: bump 1.2.3 → 1.3.0', () => {
  it.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: changes only url/sha256/version/mirror/revision/bottle lines',
    (_shape, entry) => {
      const { text, model, plan, result } = bump(entry);
      expect(verifyEdit(model, result.text, plan)).toEqual([]);
      // Walk the old lines: value lines may differ only between their quotes, removed lines (revision,
      // bottle block, a dropped mirror, one blank beside them) are gone, and every other line is identical.
      const values = new Set<number>();
      for (const d of model.downloads)
        [d.url.line, d.sha256.line, ...d.mirrors.map((m) => m.line)].forEach((l) => values.add(l));
      model.versions.forEach((v) => values.add(v.line));
      const removable = new Set<number>(model.revisions.map((r) => r.line));
      for (const b of model.bottles) for (let i = b.start; i <= b.end; i++) removable.add(i);
      const droppedMirrors = model.downloads.flatMap((d, i) =>
        d.mirrors.filter((_, j) => plan.downloads[i].mirrors[j] === null).map((m) => m.line)
      );
      droppedMirrors.forEach((l) => removable.add(l));
      const before = splitLines(text);
      const after = splitLines(result.text);
      let j = 0;
      for (const [i, line] of before.entries()) {
        if (removable.has(i)) continue;
        if (
          line.text.trim() === '' &&
          (removable.has(i - 1) || removable.has(i + 1)) &&
          after[j]?.text.trim() !== ''
        )
          continue;
        const got = after[j++];
        if (values.has(i)) {
          expect(got.eol).toBe(line.eol);
          expect(got.text.replace(/"[^"]*"/, '""')).toBe(line.text.replace(/"[^"]*"/, '""'));
        } else expect({ line: i + 1, ...got }).toEqual({ line: i + 1, ...line });
      }
      expect(j).toBe(after.length);
      // Nothing but the managed values changed inside kept lines.
      for (const d of model.downloads) {
        expect(result.text).not.toContain(d.sha256.value);
      }
      expect(result.text).not.toMatch(/^\s*revision\s+\d/m);
      if (model.bottles.length) expect(result.text).not.toContain('bottle do');
      // The resource, head and livecheck blocks and the data section are untouched.
      for (const keep of [
        'resource "certifi" do',
        'certifi-2024.8.30',
        'idna-3.10',
        'jet-head.git',
        'jet-livecheck[._-]v?',
        '__END__',
        'jet-1.2.3-fix.patch',
        'strategy :github_latest'
      ]) {
        if (text.includes(keep)) expect(result.text).toContain(keep);
      }
    }
  );

  itWithRuby.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: ruby -c passes and the formula reads back the new values per platform',
    (_shape, entry) => {
      const { text, result, planned, model } = bump(entry);
      expect(rubySyntaxError(result.text)).toBe('');
      const old = probeFormula(text);
      const probed = probeFormula(result.text);
      const was = evaluateFormula(model).platforms;
      const now = evaluateFormula(readFormula(result.text)).platforms;
      expect(Object.keys(probed)).toHaveLength(6);
      for (const [platform, values] of Object.entries(probed)) {
        const p = platform as ConcretePlatform;
        // Ruby and the in-process model agree on every platform, before and after the edit.
        expect([p, old[p].url, old[p].sha256]).toEqual([
          p,
          was.get(p)!.url?.value ?? null,
          was.get(p)!.sha256?.value ?? null
        ]);
        expect([p, values.url, values.sha256, values.mirrors]).toEqual([
          p,
          now.get(p)!.url?.value ?? null,
          now.get(p)!.sha256?.value ?? null,
          now.get(p)!.mirrors.map((m) => m.value)
        ]);
        const i = model.downloads.findIndex((d) => hasPlatform(d.platform, p));
        if (i < 0) {
          expect([p, values.url, old[p].url]).toEqual([p, null, null]);
          continue;
        }
        const d = planned[i];
        expect(values.url).toBe(d.url);
        expect(values.sha256).toBe(d.sha256);
        expect(values.revision).toBe(0);
        expect(values.version).toBe(old[platform].version === null ? null : toVersion(entry));
        expect(values.mirrors).toEqual(
          d.mirrors
            .filter((m): m is string => m !== null)
            .map((m) => m.replace('#{version}', toVersion(entry)))
        );
        expect(values.url).toContain(toVersion(entry));
        // Blocks other than bottle are still declared.
        // (`bottle :unneeded` is a statement, not a block of sha256s: it stays.)
        expect(values.blocks).toEqual(
          model.bottles.length ? old[platform].blocks.filter((b) => b !== 'bottle') : old[platform].blocks
        );
      }
    }
  );

  it('keeps CRLF line endings and a missing final newline', () => {
    const entry = CORPUS[0];
    const text = fixtureText(entry).replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const model = readFormula(text);
    const planned = planDownloads(model, request(entry), '1.2.3');
    const result = applyEdit(text, model, editPlanFor(planned, '1.3.0', true, 'remove'));
    expect(result.text.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(result.text.endsWith('end')).toBe(true);
    expect(result.text).toContain(
      'url "https://github.com/octo-org/jet/archive/refs/tags/v1.3.0.tar.gz"\r\n'
    );
  });

  it('keeps bottles when asked and when only the sha256 changes', () => {
    const entry = CORPUS.find((e) => e.name === 'jet-bottle')!;
    const text = fixtureText(entry);
    const model = readFormula(text);
    const keep = applyEdit(
      text,
      model,
      editPlanFor(planDownloads(model, request(entry), '1.2.3'), '1.3.0', true, 'keep')
    );
    expect(keep.text).toContain('bottle do');
    const sameVersion = { ...request(entry, '1.2.3'), sha256: NEW_SHA('re-uploaded') };
    const shaOnly = applyEdit(
      text,
      model,
      editPlanFor(planDownloads(model, sameVersion, '1.2.3'), '1.2.3', false, 'remove')
    );
    expect(shaOnly.text).toContain('bottle do');
    expect(shaOnly.changes).toEqual(['sha256']);
  });

  it('derives mirrors from the version and drops one that does not follow it', () => {
    const { result, planned } = bump(CORPUS.find((e) => e.name === 'jet-mirror')!);
    expect(planned[0].mirrors).toEqual([
      'https://mirror.example.net/pub/jet-mirror/jet-mirror-1.3.0.tar.gz',
      null
    ]);
    expect(planned[0].notes[0]).toMatch(/jet-mirror-latest.tar.gz removed/);
    expect(result.text).not.toContain('jet-mirror-latest');
  });

  it('removes the bottle block with one blank neighbour, leaving single blank lines', () => {
    const { result } = bump(CORPUS.find((e) => e.name === 'jet-bottle')!);
    expect(result.text).not.toMatch(/\n\s*\n\s*\n/);
    expect(result.text).toContain(
      '  head "https://github.com/octo-org/jet-bottle.git", branch: "main"\n\n  depends_on "rust" => :build\n'
    );
  });
});

describe('unsafe shapes are refused, not guessed', () => {
  const wrap = (body: string) => `class Jet < Formula\n  desc "x"\n${body}\nend\n`;
  it.each([
    [
      'url in an os-version block',
      '  on_macos do\n    on_sonoma :or_newer do\n      url "https://x.example/a-1.0.tar.gz"\n      sha256 "' +
        'a'.repeat(64) +
        '"\n    end\n  end'
    ],
    [
      'url under an unknown condition',
      '  if build.with? "x"\n    url "https://x.example/a-1.0.tar.gz"\n    sha256 "' +
        'a'.repeat(64) +
        '"\n  end'
    ],
    ['git url with tag', '  url "https://x.example/a.git", tag: "v1.0", revision: "' + 'b'.repeat(40) + '"'],
    ['url without sha256', '  url "https://x.example/a-1.0.tar.gz"'],
    [
      'url in a one-line brace block',
      '  version "1.0"\n  on_arm { url "https://x.example/a-1.0.tar.gz"; sha256 "' + 'a'.repeat(64) + '" }'
    ],
    [
      'url after a semicolon',
      '  desc "x"; url "https://x.example/a-1.0.tar.gz"\n  sha256 "' + 'a'.repeat(64) + '"'
    ],
    ['unbalanced end', '  url "https://x.example/a-1.0.tar.gz"\n  sha256 "' + 'a'.repeat(64) + '"\n  end']
  ])('%s', (_name, body) => {
    expect(readFormula(wrap(body)).problems.length).toBeGreaterThan(0);
  });

  it('places else branches of platform conditions', () => {
    const text = wrap(
      `  version "1.0"\n  if OS.mac?\n    url "https://x.example/mac-1.0.tgz"\n    sha256 "${'a'.repeat(64)}"\n  else\n    url "https://x.example/linux-1.0.tgz"\n    sha256 "${'b'.repeat(64)}"\n  end`
    );
    const model = readFormula(text);
    expect(model.problems).toEqual([]);
    expect(model.downloads.map((d) => d.key)).toEqual(['darwin', 'linux']);
  });
});
