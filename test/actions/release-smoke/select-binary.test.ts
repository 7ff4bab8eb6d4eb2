import type { Extraction } from '../../../packages/core/src/archive-extract.js';
import { parseExecutableHeader } from '../../../packages/core/src/executable-header.js';
import { selectBinary } from '../../../actions/release-smoke/src/select-binary.js';

const header = parseExecutableHeader(Buffer.from('#!/bin/sh\necho hi\n'))!;
const exe = (p: string) => ({ path: p, header, repaired: false, executable: true });
const file = (p: string) => ({ path: p, type: 'file' as const, size: 1, modeKnown: true });

function extraction(files: string[], executables: string[], links: [string, string][] = []): Extraction {
  return {
    kind: 'tar.gz',
    root: '/x',
    entries: [
      ...files.map(file),
      ...links.map(([p, target]) => ({
        path: p,
        type: 'symlink' as const,
        size: 0,
        modeKnown: false,
        target
      }))
    ],
    executables: executables.map(exe)
  };
}

test('the only executable is chosen; several are told apart by the project name', () => {
  expect(selectBinary(extraction(['a/README', 'a/tool'], ['a/tool']), undefined, 'caro')).toEqual({
    found: exe('a/tool')
  });
  expect(
    selectBinary(extraction(['caro.exe', 'helper.exe'], ['caro.exe', 'helper.exe']), undefined, 'caro')
  ).toEqual({
    found: exe('caro.exe')
  });
  expect(selectBinary(extraction(['README'], []), undefined, 'caro')).toEqual({
    problem: { rule: 'no-executable', detail: 'the asset holds no executable; its files are: README' }
  });
});

test('binary may name a file by path or name, or a link leading to it', () => {
  const x = extraction(
    ['pkg/libexec/caro', 'pkg/README'],
    ['pkg/libexec/caro'],
    [['pkg/bin/caro', '../libexec/caro']]
  );
  expect(selectBinary(x, 'pkg/bin/caro', 'caro')).toEqual({ found: exe('pkg/libexec/caro') });
  expect(selectBinary(x, 'caro', 'caro')).toEqual({ found: exe('pkg/libexec/caro') });
  expect(selectBinary(x, 'README', 'caro')).toMatchObject({
    problem: {
      rule: 'no-executable',
      detail: expect.stringMatching(/^binary pkg\/README is not an executable/)
    }
  });
  expect(selectBinary(x, 'nope', 'caro')).toEqual({
    problem: {
      rule: 'no-executable',
      detail: 'the archive holds no binary "nope"; its files are: pkg/libexec/caro, pkg/README'
    }
  });
});
