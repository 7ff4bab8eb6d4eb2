/**
 * What kind of program a file is, read from its first bytes: ELF, Mach-O (thin or universal), PE, or a
 * `#!` script, with the CPU architecture(s) and operating system it was built for. Release smoke tests
 * use it to refuse a binary shipped under the wrong platform before running it (emulation such as
 * Rosetta or binfmt/QEMU would otherwise hide the mistake).
 */
import { open } from 'node:fs/promises';

/** Operating systems as release-kit names platforms. */
export type ExecutableOs = 'linux' | 'macos' | 'windows' | 'freebsd' | 'netbsd' | 'openbsd' | 'solaris';

export type ExecutableFormat = 'elf' | 'mach-o' | 'mach-o-universal' | 'pe' | 'script';

/** One architecture slice: the whole file, or one member of a universal Mach-O. */
export interface ExecutableSlice {
  /** `x64`, `arm64`, `x86`, `arm`, or the format's own name for rarer machines (`riscv64`, `ppc64`…). */
  arch: string;
  /** 32 or 64. */
  bits: 32 | 64;
}

export interface ExecutableHeader {
  format: ExecutableFormat;
  /** The OS the format implies; undefined for scripts. ELF says only "System V" for most Linux binaries. */
  os?: ExecutableOs;
  /** What the file is within its format: `executable`, `shared-library`, `object`, `core`, `other`. */
  kind: 'executable' | 'shared-library' | 'object' | 'core' | 'other';
  /** Every architecture in the file (several for a universal Mach-O; none for scripts). */
  slices: ExecutableSlice[];
  /** For scripts: the interpreter line without `#!`, at most 200 characters. */
  interpreter?: string;
  /** For PE: `console` or `gui` (a GUI program prints nothing to a console). */
  subsystem?: string;
  /** For people: `ELF 64-bit x64 executable (linux)`. */
  description: string;
}

/** Bytes read from the start of a file: enough for every header here, including a PE header placed late. */
export const HEADER_BYTES = 64 * 1024;

const ELF_MACHINES: Record<number, [string, 32 | 64 | 0]> = {
  3: ['x86', 32],
  8: ['mips', 0],
  20: ['ppc', 32],
  21: ['ppc64', 64],
  22: ['s390x', 0],
  40: ['arm', 32],
  62: ['x64', 64],
  183: ['arm64', 64],
  243: ['riscv', 0],
  258: ['loongarch64', 64]
};

// EI_OSABI values that name an OS; 0 (System V) and 3 (GNU/Linux) are what Linux toolchains write.
const ELF_OSABI: Record<number, ExecutableOs> = {
  0: 'linux',
  2: 'netbsd',
  3: 'linux',
  6: 'solaris',
  9: 'freebsd',
  12: 'openbsd'
};

const MACH_CPU_ARCH64 = 0x01000000;
const MACH_CPUS: Record<number, string> = {
  7: 'x86',
  12: 'arm',
  18: 'ppc',
  [7 | MACH_CPU_ARCH64]: 'x64',
  [12 | MACH_CPU_ARCH64]: 'arm64',
  [18 | MACH_CPU_ARCH64]: 'ppc64',
  // arm64_32 (watchOS): 64-bit registers, 32-bit pointers
  [12 | 0x02000000]: 'arm64_32'
};

const PE_MACHINES: Record<number, [string, 32 | 64]> = {
  0x14c: ['x86', 32],
  0x8664: ['x64', 64],
  0xaa64: ['arm64', 64],
  0x1c0: ['arm', 32],
  0x1c4: ['arm', 32],
  0x5064: ['riscv64', 64]
};

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

function describe(h: Omit<ExecutableHeader, 'description'>): string {
  if (h.format === 'script') return `script (#!${h.interpreter ?? ''})`;
  const names: Record<ExecutableFormat, string> = {
    elf: 'ELF',
    'mach-o': 'Mach-O',
    'mach-o-universal': 'Mach-O universal',
    pe: 'PE',
    script: 'script'
  };
  const archs = h.slices.map((s) => (h.slices.length > 1 ? s.arch : `${s.bits}-bit ${s.arch}`)).join(' + ');
  const kind = h.kind.replace('-', ' ');
  const sub = h.subsystem ? `, ${h.subsystem}` : '';
  return `${names[h.format]} ${archs} ${kind} (${h.os ?? 'unknown OS'}${sub})`;
}

function finish(h: Omit<ExecutableHeader, 'description'>): ExecutableHeader {
  return { ...h, description: describe(h) };
}

function parseElf(b: Buffer): ExecutableHeader | undefined {
  if (b.length < 20) return undefined;
  const bits = b[4] === 1 ? 32 : b[4] === 2 ? 64 : undefined;
  const le = b[5] === 1 ? true : b[5] === 2 ? false : undefined;
  if (!bits || le === undefined) return undefined;
  const type = le ? b.readUInt16LE(16) : b.readUInt16BE(16);
  const machine = le ? b.readUInt16LE(18) : b.readUInt16BE(18);
  const known = ELF_MACHINES[machine];
  let arch = known ? known[0] : `elf-machine-${machine}`;
  if (arch === 'riscv' || arch === 'mips' || arch === 's390x') arch = bits === 64 ? `${arch}64` : arch;
  if (arch === 's390x64') arch = 's390x';
  const kinds = { 1: 'object', 2: 'executable', 3: 'executable', 4: 'core' } as const;
  // ET_DYN (3) is both a position-independent executable and a shared library; the caller tells them
  // apart by name (`.so`), as the header alone cannot.
  const kind = kinds[type as 1 | 2 | 3 | 4] ?? 'other';
  return finish({ format: 'elf', os: ELF_OSABI[b[7]], kind, slices: [{ arch, bits }] });
}

function machKind(filetype: number): ExecutableHeader['kind'] {
  // MH_OBJECT 1, MH_EXECUTE 2, MH_CORE 4, MH_DYLIB 6, MH_BUNDLE 8
  return filetype === 2
    ? 'executable'
    : filetype === 6 || filetype === 8
      ? 'shared-library'
      : filetype === 1
        ? 'object'
        : filetype === 4
          ? 'core'
          : 'other';
}

function machSlice(cputype: number): ExecutableSlice {
  return {
    arch: MACH_CPUS[cputype] ?? `mach-cpu-${hex(cputype)}`,
    bits: cputype & MACH_CPU_ARCH64 ? 64 : 32
  };
}

function parseMachThin(
  b: Buffer,
  at = 0
): { slice: ExecutableSlice; kind: ExecutableHeader['kind'] } | undefined {
  if (b.length < at + 16) return undefined;
  const magicLE = b.readUInt32LE(at);
  let le: boolean;
  if (magicLE === 0xfeedface || magicLE === 0xfeedfacf) le = true;
  else if (magicLE === 0xcefaedfe || magicLE === 0xcffaedfe) le = false;
  else return undefined;
  const u32 = (o: number) => (le ? b.readUInt32LE(at + o) : b.readUInt32BE(at + o));
  return { slice: machSlice(u32(4)), kind: machKind(u32(12)) };
}

function parseMachUniversal(b: Buffer): ExecutableHeader | undefined {
  const magic = b.readUInt32BE(0);
  const wide = magic === 0xcafebabf;
  const count = b.readUInt32BE(4);
  // 0xcafebabe also starts Java class files, whose next word is a class-file version of 45 or more;
  // real universal binaries hold a handful of slices.
  if (count === 0 || count > 20) return undefined;
  const size = wide ? 32 : 20;
  if (b.length < 8 + count * size) return undefined;
  const slices: ExecutableSlice[] = [];
  let kind: ExecutableHeader['kind'] = 'other';
  for (let i = 0; i < count; i++) {
    const at = 8 + i * size;
    const cputype = b.readUInt32BE(at);
    slices.push(machSlice(cputype));
    const offset = wide ? Number(b.readBigUInt64BE(at + 8)) : b.readUInt32BE(at + 8);
    // The first slice's own header says executable or library, when it lies within the bytes read.
    if (i === 0) kind = parseMachThin(b, offset)?.kind ?? 'executable';
  }
  return finish({ format: 'mach-o-universal', os: 'macos', kind, slices });
}

function parsePe(b: Buffer): ExecutableHeader | undefined {
  if (b.length < 0x40) return undefined;
  const pe = b.readUInt32LE(0x3c);
  if (pe + 24 > b.length || b.readUInt32BE(pe) !== 0x50450000) return undefined;
  const machine = b.readUInt16LE(pe + 4);
  const characteristics = b.readUInt16LE(pe + 22);
  const optional = pe + 24;
  const known = PE_MACHINES[machine];
  let bits: 32 | 64 = known ? known[1] : 32;
  let subsystem: string | undefined;
  if (optional + 70 <= b.length) {
    const magic = b.readUInt16LE(optional);
    if (magic === 0x20b) bits = 64;
    const sub = b.readUInt16LE(optional + 68);
    subsystem = sub === 2 ? 'gui' : sub === 3 ? 'console' : `subsystem ${sub}`;
  }
  // IMAGE_FILE_DLL 0x2000, IMAGE_FILE_EXECUTABLE_IMAGE 0x0002
  const kind = characteristics & 0x2000 ? 'shared-library' : characteristics & 0x2 ? 'executable' : 'object';
  return finish({
    format: 'pe',
    os: 'windows',
    kind,
    slices: [{ arch: known ? known[0] : `pe-machine-${hex(machine)}`, bits }],
    subsystem
  });
}

function parseScript(b: Buffer): ExecutableHeader | undefined {
  if (b[0] !== 0x23 || b[1] !== 0x21) return undefined;
  const end = b.indexOf(0x0a);
  const line = b
    .subarray(2, end < 0 ? Math.min(b.length, 202) : Math.min(end, 202))
    .toString('utf8')
    .replace(/\r$/, '')
    .trim();
  return finish({ format: 'script', kind: 'executable', slices: [], interpreter: line });
}

/**
 * Reads an executable's header from its first bytes.
 * @param head the file's first bytes ({@link HEADER_BYTES} is enough for every format).
 * @returns the header, or undefined when the bytes are none of ELF, Mach-O, PE or a `#!` script.
 */
export function parseExecutableHeader(head: Buffer): ExecutableHeader | undefined {
  if (head.length < 4) return undefined;
  if (head.readUInt32BE(0) === 0x7f454c46) return parseElf(head);
  const be = head.readUInt32BE(0);
  if ((be === 0xcafebabe || be === 0xcafebabf) && head.length >= 8) return parseMachUniversal(head);
  const thin = parseMachThin(head);
  if (thin) return finish({ format: 'mach-o', os: 'macos', kind: thin.kind, slices: [thin.slice] });
  if (head[0] === 0x4d && head[1] === 0x5a) return parsePe(head);
  return parseScript(head);
}

/**
 * Reads a file's executable header.
 * @returns the header, or undefined when the file is not an executable of a known format.
 * @throws when the file cannot be read.
 */
export async function readExecutableHeader(file: string): Promise<ExecutableHeader | undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return parseExecutableHeader(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** A runner platform: `linux-x64`, `macos-arm64`, `windows-x64`… */
export interface Platform {
  os: 'linux' | 'macos' | 'windows';
  arch: 'x64' | 'arm64' | 'x86' | 'arm';
}

/**
 * Why an executable does not fit a platform, or undefined when it does. Scripts fit every platform
 * (their interpreter decides); a universal Mach-O fits when one of its slices does. Emulation is not
 * counted: an x64 binary does not fit `macos-arm64` even though Rosetta would run it.
 */
export function platformMismatch(header: ExecutableHeader, platform: Platform): string | undefined {
  if (header.format === 'script') return undefined;
  const name = `${platform.os}-${platform.arch}`;
  if (header.os !== platform.os) {
    return `it is ${article(header.description)} ${header.description}, built for ${header.os ?? 'an unknown OS'}, not ${platform.os} (platform ${name})`;
  }
  if (!header.slices.some((s) => s.arch === platform.arch)) {
    const archs = header.slices.map((s) => s.arch).join(', ');
    return `it is ${article(header.description)} ${header.description}: architecture ${archs}, not ${platform.arch} (platform ${name})`;
  }
  return undefined;
}

function article(text: string): string {
  return /^[AEIOU]/i.test(text) ? 'an' : 'a';
}
