/** Chooses the program to smoke-test among what the asset unpacked to. */
import path from 'node:path';
import type { Extraction, FoundExecutable } from '#core/archive-extract.js';

export type Selection = { found: FoundExecutable } | { problem: { rule: string; detail: string } };

function list(items: string[], max = 15): string {
  if (items.length === 0) return 'nothing';
  return items.slice(0, max).join(', ') + (items.length > max ? `, and ${items.length - max} more` : '');
}

/**
 * The `binary` input (a path inside the archive, or a file name found once anywhere in it), else the
 * archive's only executable, else the one named after the project (`name` or `name.exe`).
 */
export function selectBinary(extraction: Extraction, binary: string | undefined, project: string): Selection {
  const executables = extraction.executables;
  const files = extraction.entries
    .filter((e) => e.type === 'file' || e.type === 'hardlink')
    .map((e) => e.path);
  if (binary) {
    const wanted = binary.replace(/\\/g, '/').replace(/^\.\//, '');
    const links = extraction.entries.filter((e) => e.type === 'symlink');
    const named = [...files, ...links.map((l) => l.path)];
    // A link and the file it leads to may both match: they are one binary.
    const hits = [
      ...new Set(
        named.filter((f) => f === wanted || f.endsWith(`/${wanted}`)).map((f) => followLinks(f, links))
      )
    ];
    if (hits.length !== 1) {
      return {
        problem: {
          rule: 'no-executable',
          detail: `${hits.length ? `${hits.length} files match` : 'the archive holds no'} binary ${JSON.stringify(binary)}; its files are: ${list(files)}`
        }
      };
    }
    const found = executables.find((e) => e.path === hits[0]);
    if (!found) {
      return {
        problem: {
          rule: 'no-executable',
          detail: `binary ${hits[0]} is not an executable (no ELF, Mach-O, PE or #! header); the archive's executables are: ${list(executables.map((e) => e.path))}`
        }
      };
    }
    return { found };
  }
  if (executables.length === 1) return { found: executables[0] };
  if (executables.length === 0) {
    return {
      problem: {
        rule: 'no-executable',
        detail: `the asset holds no executable; its files are: ${list(files)}`
      }
    };
  }
  const named = executables.filter((e) => {
    const base = e.path.split('/').pop()!.toLowerCase();
    return base === project.toLowerCase() || base === `${project.toLowerCase()}.exe`;
  });
  if (named.length === 1) return { found: named[0] };
  return {
    problem: {
      rule: 'no-executable',
      detail: `the asset holds ${executables.length} executables and ${named.length ? 'several' : 'none'} named ${project}: ${list(executables.map((e) => e.path))}; set the binary input`
    }
  };
}

/** Where a link in the archive leads (`bin/tool -> ../libexec/tool`), following up to 8 links. */
function followLinks(file: string, links: Extraction['entries']): string {
  let current = file;
  for (let i = 0; i < 8; i++) {
    const link = links.find((l) => l.path === current);
    if (!link?.target) return current;
    current = path.posix.normalize(path.posix.join(path.posix.dirname(current), link.target));
  }
  return current;
}
