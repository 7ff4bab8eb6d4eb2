import { InputReader, type Repository } from '#core/inputs.js';
import { UPLOAD_POLICIES, type UploadPolicy } from '#core/release.js';
import type { SbomFormat } from './validate.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

export const FORMATS: readonly SbomFormat[] = ['spdx-json', 'cyclonedx-json'];

export interface Settings {
  /** Project root (lockfiles are relative to it). */
  path: string;
  lockfiles: string[];
  /** Globs relative to the working directory. */
  artifacts: string[];
  formats: SbomFormat[];
  outputDir: string;
  name?: string;
  version?: string;
  sbomFile?: string;
  includeDev: boolean;
  attach?: {
    tag?: string;
    id?: number;
    repository: Repository;
    token: string;
    policy: UploadPolicy;
    /** Upload under the name GitHub stores when it would rename the file (else refuse it). */
    acceptStoredName: boolean;
  };
}

// A name or version becomes part of a file name and an asset name: keep it to safe characters.
const SAFE_PART = /^[A-Za-z0-9@+._-][A-Za-z0-9@+._ -]{0,199}$/;

/**
 * Reads and checks every input before anything else happens.
 * @throws ConfigurationError listing every missing or invalid input.
 */
export function parseInputs(reader = new InputReader()): Settings {
  reader.declare(INPUT_DECLARATIONS);
  const path = reader.string(Inputs.Path);
  const lockfiles = reader.list(Inputs.Lockfiles);
  const artifacts = reader.globs(Inputs.Artifacts);
  const formats = reader.enumList(Inputs.Format, FORMATS, { default: [...FORMATS] });
  const outputDir = reader.string(Inputs.OutputDir);
  const name = reader.optional(Inputs.Name);
  const version = reader.optional(Inputs.Version);
  const sbomFile = reader.optional(Inputs.SbomFile);
  const includeDev = reader.boolean(Inputs.IncludeDev);
  const tag = reader.tag(Inputs.ReleaseTag);
  const idText = reader.optional(Inputs.ReleaseId);
  const policy = reader.enum(Inputs.OnConflict, UPLOAD_POLICIES);
  const acceptStoredName = reader.boolean(Inputs.AcceptStoredName);
  let id: number | undefined;
  if (idText !== undefined) {
    if (/^[1-9]\d{0,15}$/.test(idText)) id = Number(idText);
    else
      reader.fail(
        Inputs.ReleaseId,
        `${JSON.stringify(idText)} is not a release id; use the numeric id of a release (such as 123456).`
      );
  }
  if (tag && idText !== undefined)
    reader.fail(Inputs.ReleaseId, 'set either release-tag or release-id, not both.');
  for (const [input, value] of [
    [Inputs.Name, name],
    [Inputs.Version, version]
  ] as const) {
    if (value !== undefined && (!SAFE_PART.test(value) || value.includes('..'))) {
      reader.fail(
        input,
        `${JSON.stringify(value)} is not usable in a file name; use letters, digits and @+._- (no '/', no '..').`
      );
    }
  }
  if (sbomFile !== undefined && (lockfiles.length || artifacts.length)) {
    reader.fail(
      Inputs.SbomFile,
      'attaches an SBOM made by another tool; it cannot be combined with lockfiles or artifacts.'
    );
  }
  let attach: Settings['attach'];
  if (tag || id !== undefined) {
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    attach = { tag, id, repository, token, policy, acceptStoredName };
  }
  reader.finish();
  return { path, lockfiles, artifacts, formats, outputDir, name, version, sbomFile, includeDev, attach };
}
