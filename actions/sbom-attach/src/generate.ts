import { ConfigurationError } from '#core/errors.js';
import { RELEASE_KIT_VERSION } from '#core/version.js';
import { describeArtifacts } from './artifacts.js';
import { cycloneDxJson } from './cyclonedx.js';
import { dirName } from './lockfiles/common.js';
import { findLockfiles } from './lockfiles/discover.js';
import { parseLockfile } from './lockfiles/index.js';
import type { LockfileResult, Project } from './model.js';
import { ntiaElements, type NtiaElement } from './ntia.js';
import { assertCoverage, measureCoverage, type Coverage } from './coverage.js';
import { assemble } from './project.js';
import { spdxJson } from './spdx.js';
import { sbomTimestamp } from './timestamp.js';
import { assertValidSbom, type SbomFormat } from './validate.js';

export interface GenerateOptions {
  /** Project root, absolute. */
  root: string;
  /** Working directory the artifact globs are relative to, absolute. */
  cwd: string;
  lockfiles: string[];
  artifacts: string[];
  formats: SbomFormat[];
  name?: string;
  version?: string;
  /** Used as the version when neither the input nor the manifest gives one. */
  tagVersion?: string;
  includeDev: boolean;
  supplier?: string;
  /** The project's source: `git+<server>/<owner>/<repo>@<sha>`, the root's download location. */
  sourceLocation?: string;
  releaseCreatedAt?: string;
}

export interface GeneratedSbom {
  format: SbomFormat;
  /** File name (no directory): `<name>-<version>.spdx.json` / `.cdx.json`. */
  fileName: string;
  content: string;
}

export interface Generated {
  project: Project;
  documents: GeneratedSbom[];
  results: LockfileResult[];
  unsupported: string[];
  ntia: NtiaElement[];
  /** Per lockfile: entries, placed, excluded by reason (checked: nothing is missing). */
  coverage: Coverage[];
}

const EXTENSIONS: Record<SbomFormat, string> = { 'spdx-json': 'spdx.json', 'cyclonedx-json': 'cdx.json' };

/** A name for files: `@scope/name` → `scope-name`. */
function fileSafe(text: string): string {
  return (
    text
      .replace(/^@/, '')
      .replace(/[^A-Za-z0-9._+-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'sbom'
  );
}

/**
 * Reads the lockfiles and artifacts, builds the project model and renders each requested format,
 * each validated against its official schema before it is returned.
 * @throws LockfileError for a malformed lockfile, ConfigurationError for schema failures and bad inputs.
 */
export async function generateSboms(options: GenerateOptions): Promise<Generated> {
  const { lockfiles, unsupported } = findLockfiles(options.root, options.lockfiles);
  if (!lockfiles.length && !options.artifacts.length) {
    const extra = unsupported.length
      ? ` Found ${unsupported.join(', ')}, which this action does not read.`
      : '';
    throw new ConfigurationError(
      `No lockfile found under ${options.root} and no artifacts given: there is nothing to describe.${extra} Set 'path' to the project root, list 'lockfiles', or give 'artifacts'.`
    );
  }
  const results: LockfileResult[] = [];
  for (const l of lockfiles) results.push(await parseLockfile(l.kind, l.path, l.display));
  const base = assemble(
    results,
    {
      name: options.name,
      version: options.version ?? (results[0]?.root.version ? undefined : options.tagVersion),
      includeDev: options.includeDev
    },
    dirName(options.root)
  );
  // Checked before anything is rendered: an SBOM that leaves out what its lockfile locks is not written.
  const coverage = measureCoverage(results, base, options.includeDev);
  assertCoverage(results, coverage);
  const [artifacts, time] = await Promise.all([
    describeArtifacts(options.cwd, options.artifacts),
    sbomTimestamp(options.root, options.releaseCreatedAt)
  ]);
  if (options.sourceLocation) base.root.downloadLocation ??= options.sourceLocation;
  const project: Project = {
    ...base,
    artifacts,
    timestamp: time.iso,
    timestampSource: time.source,
    tool: { name: 'release-kit', version: RELEASE_KIT_VERSION },
    supplier: options.supplier
  };
  const stem = project.root.version
    ? `${fileSafe(project.root.name)}-${fileSafe(project.root.version)}`
    : fileSafe(project.root.name);
  const documents: GeneratedSbom[] = [];
  for (const format of options.formats) {
    const content =
      format === 'spdx-json' ? spdxJson(project, 'https://spdx.org/spdxdocs') : cycloneDxJson(project);
    const fileName = `${stem}.${EXTENSIONS[format]}`;
    await assertValidSbom(format, JSON.parse(content), fileName);
    documents.push({ format, fileName, content });
  }
  return {
    project,
    documents,
    results,
    unsupported,
    ntia: ntiaElements(project, !time.source.startsWith('none')),
    coverage
  };
}
