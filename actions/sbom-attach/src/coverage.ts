import type { ExclusionReason, LockfileResult, Project } from './model.js';

/** Where one lockfile's entries went in the SBOM. */
export interface Coverage {
  file: string;
  /** Entries the lockfile holds. */
  entries: number;
  /** Entries written as a component (several entries may be one component). */
  placed: number;
  /** Entries left out on purpose, by reason. */
  excluded: Partial<Record<ExclusionReason, number>>;
  /** Entries that should be in the SBOM and are not. */
  missing: string[];
  /** Third-party components of this lockfile in the SBOM. */
  thirdParty: number;
}

/** The SBOM is missing entries its lockfiles hold, or a non-empty lockfile gave no production set. */
export class CoverageError extends Error {
  constructor(
    message: string,
    readonly coverage: Coverage[]
  ) {
    super(message);
    this.name = 'CoverageError';
  }
}

/**
 * Checks each lockfile entry against the assembled project: it is a component, the project's root,
 * dev-only (left out unless include-dev), or a link to another entry. Anything else is missing.
 */
export function measureCoverage(
  results: LockfileResult[],
  project: Pick<Project, 'root' | 'packages'>,
  includeDev: boolean
): Coverage[] {
  const kept = new Map(project.packages.map((p) => [p.ref, p]));
  return results.map((r) => {
    const own = new Map(r.packages.map((p) => [p.ref, p]));
    const c: Coverage = {
      file: r.file,
      entries: r.entries.length,
      placed: 0,
      excluded: {},
      missing: [],
      thirdParty: 0
    };
    const exclude = (reason: ExclusionReason) => (c.excluded[reason] = (c.excluded[reason] ?? 0) + 1);
    for (const e of r.entries) {
      if (e.reason) exclude(e.reason);
      else if (e.ref === undefined) c.missing.push(e.key);
      else if (e.ref === r.root.ref || e.ref === project.root.ref) exclude('workspace-member');
      else if (kept.has(e.ref)) c.placed++;
      else if (!includeDev && own.get(e.ref)?.dev) exclude('dev-only');
      else c.missing.push(e.key);
    }
    c.thirdParty = r.packages.filter((p) => !p.own && kept.has(p.ref)).length;
    return c;
  });
}

/**
 * Fails loudly when an SBOM is not what its lockfiles say: any missing entry, or a lockfile with
 * third-party entries that contributes no third-party component (an empty production set).
 * @throws CoverageError naming each lockfile's missing entries (the first 20) and counts.
 */
export function assertCoverage(results: LockfileResult[], coverage: Coverage[]): void {
  const problems: string[] = [];
  coverage.forEach((c, i) => {
    if (c.missing.length)
      problems.push(
        `${c.file}: ${c.missing.length} of ${c.entries} entries are not in the SBOM (placed ${c.placed}; ` +
          `expected ${c.entries - Object.values(c.excluded).reduce((a, b) => a + (b ?? 0), 0)}): ` +
          c.missing.slice(0, 20).join('; ') +
          (c.missing.length > 20 ? `; … ${c.missing.length - 20} more` : '')
      );
    const thirdPartyLocked = results[i].packages.some((p) => !p.own);
    if (thirdPartyLocked && c.thirdParty === 0)
      problems.push(
        `${c.file}: the production set is empty although the lockfile locks ${results[i].packages.filter((p) => !p.own).length} third-party packages ` +
          `(${c.excluded['dev-only'] ?? 0} entries judged dev-only): the manifest beside it, its workspaces or its dependency fields were not understood (a project that really ships no third-party code can set include-dev: true to describe its development packages)`
      );
  });
  if (problems.length)
    throw new CoverageError(`The SBOM does not cover its lockfiles: ${problems.join(' | ')}`, coverage);
}
