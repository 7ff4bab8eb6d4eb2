import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  parseExecutableHeader,
  platformMismatch,
  readExecutableHeader,
  type ExecutableHeader
} from '../../packages/core/src/executable-header.js';

// Every header is also shown to file(1), the reference reader of these formats, and our reading must
// agree with what it says.
const haveFile = (() => {
  try {
    execFileSync('file', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!haveFile)
  console.log('executable-header: file(1) is absent; headers are checked against fixed expectations only.');

const dir = mkdtempSync(path.join(os.tmpdir(), 'exe-header-'));

function fileSays(bytes: Buffer): string {
  const p = path.join(dir, `h-${Math.random().toString(36).slice(2)}`);
  writeFileSync(p, bytes);
  return execFileSync('file', ['-b', p], { encoding: 'utf8' }).trim();
}

function fileSaysPath(p: string): string {
  return execFileSync('file', ['-b', '-L', p], { encoding: 'utf8' }).trim();
}

/** The architecture names file(1) prints, as ours. */
const FILE_ARCH: [RegExp, string][] = [
  [/x86-64|x86_64/, 'x64'],
  [/aarch64|arm64/i, 'arm64'],
  [/Intel 80386|Intel i386|\bi386\b/, 'x86'],
  [/\bARM\b|\barm\b/, 'arm']
];

function archFromFile(text: string): string | undefined {
  return FILE_ARCH.find(([re]) => re.test(text))?.[1];
}

function machThin(cputype: number, filetype = 2, bits: 32 | 64 = 64): Buffer {
  const b = Buffer.alloc(4096);
  b.writeUInt32LE(bits === 64 ? 0xfeedfacf : 0xfeedface, 0);
  b.writeUInt32LE(cputype, 4);
  b.writeUInt32LE(cputype === 0x0100000c ? 0 : 3, 8);
  b.writeUInt32LE(filetype, 12);
  return b;
}

function machUniversal(cputypes: number[]): Buffer {
  const slice = 4096;
  const b = Buffer.alloc(slice * (cputypes.length + 1));
  b.writeUInt32BE(0xcafebabe, 0);
  b.writeUInt32BE(cputypes.length, 4);
  cputypes.forEach((cpu, i) => {
    const at = 8 + i * 20;
    const offset = slice * (i + 1);
    b.writeUInt32BE(cpu, at);
    b.writeUInt32BE(cpu === 0x0100000c ? 0 : 3, at + 4);
    b.writeUInt32BE(offset, at + 8);
    b.writeUInt32BE(slice, at + 12);
    b.writeUInt32BE(12, at + 16);
    machThin(cpu).copy(b, offset);
  });
  return b;
}

function pe(machine: number, options: { pe32plus: boolean; subsystem: number; dll?: boolean }): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(machine, 0x84);
  b.writeUInt16LE(1, 0x86); // sections
  b.writeUInt16LE(options.pe32plus ? 240 : 224, 0x94); // optional header size
  b.writeUInt16LE(0x0022 | (options.dll ? 0x2000 : 0), 0x96);
  b.writeUInt16LE(options.pe32plus ? 0x20b : 0x10b, 0x98);
  b.writeUInt16LE(options.subsystem, 0x98 + 68);
  return b;
}

function elf(machine: number, bits: 32 | 64, type = 2, osabi = 0): Buffer {
  const b = Buffer.alloc(64);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = bits === 64 ? 2 : 1;
  b[5] = 1;
  b[6] = 1;
  b[7] = osabi;
  b.writeUInt16LE(type, 16);
  b.writeUInt16LE(machine, 18);
  b.writeUInt32LE(1, 20);
  return b;
}

const X64 = 0x01000007;
const ARM64 = 0x0100000c;

describe('real executables', () => {
  test('/bin/ls is an ELF executable for this machine', async () => {
    if (!existsSync('/bin/ls') || process.platform !== 'linux') {
      console.log('skipped: no /bin/ls on a Linux host');
      return;
    }
    const h = (await readExecutableHeader('/bin/ls'))!;
    expect(h).toMatchObject({ format: 'elf', os: 'linux', kind: 'executable' });
    const arch = process.arch === 'x64' ? 'x64' : process.arch;
    expect(h.slices).toEqual([{ arch, bits: 64 }]);
    if (haveFile) expect(archFromFile(fileSaysPath('/bin/ls'))).toBe(arch);
    expect(platformMismatch(h, { os: 'linux', arch: arch as 'x64' })).toBeUndefined();
  });

  test('a program compiled here with cc', async () => {
    try {
      execFileSync('cc', ['--version'], { stdio: 'ignore' });
    } catch {
      console.log('skipped: no cc');
      return;
    }
    const src = path.join(dir, 'hello.c');
    writeFileSync(src, 'int main(void) { return 0; }\n');
    const out = path.join(dir, 'hello');
    execFileSync('cc', ['-o', out, src]);
    const h = (await readExecutableHeader(out))!;
    expect(h.format).toBe('elf');
    expect(h.kind).toBe('executable');
    if (haveFile) expect(h.slices[0].arch).toBe(archFromFile(fileSaysPath(out)));
  });

  // Windows launchers that Python's pip ships (console and GUI, x86, x64 and arm64), when installed here.
  const launchers = (() => {
    const dirs: string[] = ['/usr/lib/python3/dist-packages/pip/_vendor/distlib'];
    const pyenv = '/root/.pyenv/versions';
    for (const v of existsSync(pyenv) ? readdirSync(pyenv) : []) {
      const lib = path.join(pyenv, v, 'lib');
      for (const py of existsSync(lib) ? readdirSync(lib) : [])
        dirs.push(path.join(lib, py, 'site-packages/pip/_vendor/distlib'));
    }
    const found = new Map<string, string>();
    for (const d of dirs.filter((x) => existsSync(x)))
      for (const f of readdirSync(d))
        if (/^[tw](32|64|64-arm)\.exe$/.test(f) && !found.has(f)) found.set(f, path.join(d, f));
    return [...found.values()];
  })();
  if (launchers.length === 0 || !haveFile)
    console.log(
      'executable-header: no real PE launchers (pip distlib) or no file(1) here; real PE reading not tested.'
    );
  test.each(launchers.length && haveFile ? launchers : ['(none)'])(
    'real PE %s agrees with file(1)',
    async (p) => {
      if (p === '(none)') return;
      const h = (await readExecutableHeader(p))!;
      const says = fileSaysPath(p);
      expect(h.format).toBe('pe');
      expect(h.os).toBe('windows');
      expect(h.slices[0].arch).toBe(archFromFile(says));
      expect(h.subsystem).toBe(/\(GUI\)/.test(says) ? 'gui' : 'console');
      expect(h.slices[0].bits).toBe(/PE32\+/.test(says) ? 64 : 32);
    }
  );
});

describe('crafted headers, judged by file(1) too', () => {
  const cases: [string, Buffer, Partial<ExecutableHeader>, RegExp][] = [
    [
      'ELF 64-bit aarch64',
      elf(183, 64),
      { format: 'elf', os: 'linux', slices: [{ arch: 'arm64', bits: 64 }] },
      /ELF 64-bit LSB executable, ARM aarch64/
    ],
    [
      'ELF 32-bit i386',
      elf(3, 32),
      { format: 'elf', slices: [{ arch: 'x86', bits: 32 }] },
      /ELF 32-bit LSB executable, Intel 80386/
    ],
    [
      'ELF FreeBSD x86-64',
      elf(62, 64, 2, 9),
      { format: 'elf', os: 'freebsd', slices: [{ arch: 'x64', bits: 64 }] },
      /ELF 64-bit LSB executable, x86-64.*FreeBSD/
    ],
    [
      'ELF shared object (ET_DYN)',
      elf(62, 64, 3),
      { kind: 'executable' },
      /ELF 64-bit LSB (shared object|pie executable)/
    ],
    [
      'Mach-O thin arm64',
      machThin(ARM64),
      { format: 'mach-o', os: 'macos', kind: 'executable', slices: [{ arch: 'arm64', bits: 64 }] },
      /Mach-O 64-bit arm64 executable/
    ],
    [
      'Mach-O thin x86_64 dylib',
      machThin(X64, 6),
      { format: 'mach-o', kind: 'shared-library', slices: [{ arch: 'x64', bits: 64 }] },
      /Mach-O 64-bit x86_64 dynamically linked shared library/
    ],
    [
      'Mach-O universal x86_64 + arm64',
      machUniversal([X64, ARM64]),
      {
        format: 'mach-o-universal',
        os: 'macos',
        kind: 'executable',
        slices: [
          { arch: 'x64', bits: 64 },
          { arch: 'arm64', bits: 64 }
        ]
      },
      /Mach-O universal binary with 2 architectures: \[x86_64:[\s\S]*\] \[[\s\S]*arm64/
    ],
    [
      'PE32+ x86-64 console',
      pe(0x8664, { pe32plus: true, subsystem: 3 }),
      {
        format: 'pe',
        os: 'windows',
        kind: 'executable',
        subsystem: 'console',
        slices: [{ arch: 'x64', bits: 64 }]
      },
      /PE32\+ executable \(console\) x86-64/
    ],
    [
      'PE32+ arm64 GUI',
      pe(0xaa64, { pe32plus: true, subsystem: 2 }),
      { format: 'pe', subsystem: 'gui', slices: [{ arch: 'arm64', bits: 64 }] },
      /PE32\+ executable \(GUI\) Aarch64/
    ],
    [
      'PE32 i386 DLL',
      pe(0x14c, { pe32plus: false, subsystem: 3, dll: true }),
      { format: 'pe', kind: 'shared-library', slices: [{ arch: 'x86', bits: 32 }] },
      /PE32 executable \(DLL\) \(console\) Intel 80386/
    ]
  ];
  test.each(cases)('%s', (_, bytes, expected, fileRe) => {
    expect(parseExecutableHeader(bytes)).toMatchObject(expected);
    if (haveFile) expect(fileSays(bytes)).toMatch(fileRe);
  });

  test('a #! script is reported with its interpreter, and fits every platform', () => {
    const h = parseExecutableHeader(Buffer.from('#!/usr/bin/env bash\necho hi\n'))!;
    expect(h).toMatchObject({ format: 'script', interpreter: '/usr/bin/env bash', slices: [] });
    expect(h.description).toBe('script (#!/usr/bin/env bash)');
    expect(platformMismatch(h, { os: 'windows', arch: 'arm64' })).toBeUndefined();
  });

  test('not executables: a Java class file (also 0xcafebabe), text, a truncated PE', () => {
    const java = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41, 0, 0, 0, 0]);
    expect(parseExecutableHeader(java)).toBeUndefined();
    if (haveFile) expect(fileSays(java)).toMatch(/Java class|compiled Java/i);
    expect(parseExecutableHeader(Buffer.from('hello world\n'))).toBeUndefined();
    expect(parseExecutableHeader(Buffer.from('MZ' + '\0'.repeat(100)))).toBeUndefined();
    expect(parseExecutableHeader(Buffer.alloc(2))).toBeUndefined();
  });
});

describe('platformMismatch', () => {
  const x64Elf = parseExecutableHeader(elf(62, 64))!;
  test('an x86-64 ELF under linux-arm64 fails by name, though emulation would run it', () => {
    expect(platformMismatch(x64Elf, { os: 'linux', arch: 'arm64' })).toBe(
      'it is an ELF 64-bit x64 executable (linux): architecture x64, not arm64 (platform linux-arm64)'
    );
  });
  test('a Linux ELF under macOS fails on the OS', () => {
    expect(platformMismatch(x64Elf, { os: 'macos', arch: 'x64' })).toMatch(/built for linux, not macos/);
  });
  test('a universal Mach-O fits both Mac platforms; a thin x86_64 one does not fit macos-arm64 (Rosetta is not counted)', () => {
    const fat = parseExecutableHeader(machUniversal([X64, ARM64]))!;
    expect(platformMismatch(fat, { os: 'macos', arch: 'arm64' })).toBeUndefined();
    expect(platformMismatch(fat, { os: 'macos', arch: 'x64' })).toBeUndefined();
    const thin = parseExecutableHeader(machThin(X64))!;
    expect(platformMismatch(thin, { os: 'macos', arch: 'arm64' })).toMatch(/architecture x64, not arm64/);
  });
  test('a PE fits Windows only', () => {
    const exe = parseExecutableHeader(pe(0x8664, { pe32plus: true, subsystem: 3 }))!;
    expect(platformMismatch(exe, { os: 'windows', arch: 'x64' })).toBeUndefined();
    expect(platformMismatch(exe, { os: 'linux', arch: 'x64' })).toMatch(/built for windows, not linux/);
  });
});
