import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getErrorMessage, InputError } from '#core/errors.js';
import { Inputs } from './inputs.js';
import { ntiaFromDocument, type NtiaElement } from './ntia.js';
import { assertValidSbom, type SbomFormat } from './validate.js';

export interface ForeignSbom {
  format: SbomFormat;
  fileName: string;
  content: Buffer;
  /** Components (CycloneDX) or packages (SPDX) the document lists. */
  components: number;
  label: string;
  ntia: NtiaElement[];
}

const ACCEPTED = 'SPDX 2.3 JSON and CycloneDX 1.6 JSON are accepted.';

/**
 * Reads an SBOM made by another tool, recognises its format, and validates it against the official
 * schema (CycloneDX 1.6 or SPDX 2.3 JSON; other versions are refused, not passed unchecked).
 * @throws InputError naming the file and the problem.
 */
export async function loadForeignSbom(file: string, display: string): Promise<ForeignSbom> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (e) {
    throw new InputError(
      Inputs.SbomFile,
      display,
      `${display} cannot be read (${(e as NodeJS.ErrnoException).code ?? getErrorMessage(e)}).`
    );
  }
  let doc: any;
  try {
    doc = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(
      Inputs.SbomFile,
      display,
      `${display} is not JSON (${getErrorMessage(e)}).`,
      ACCEPTED
    );
  }
  let format: SbomFormat;
  let label: string;
  if (doc?.bomFormat === 'CycloneDX') {
    if (doc.specVersion !== '1.6')
      throw new InputError(
        Inputs.SbomFile,
        display,
        `${display} is CycloneDX ${doc.specVersion ?? '(no specVersion)'}.`,
        'Only CycloneDX 1.6 JSON is validated and attached.'
      );
    format = 'cyclonedx-json';
    label = 'CycloneDX 1.6';
  } else if (typeof doc?.spdxVersion === 'string') {
    if (doc.spdxVersion !== 'SPDX-2.3')
      throw new InputError(
        Inputs.SbomFile,
        display,
        `${display} is ${doc.spdxVersion}`,
        'only SPDX-2.3 JSON is validated and attached.'
      );
    format = 'spdx-json';
    label = 'SPDX 2.3';
  } else {
    throw new InputError(
      Inputs.SbomFile,
      display,
      `${display} is neither CycloneDX (bomFormat) nor SPDX (spdxVersion) JSON.`,
      ACCEPTED
    );
  }
  await assertValidSbom(format, doc, display);
  const components =
    format === 'cyclonedx-json' ? (doc.components?.length ?? 0) : (doc.packages?.length ?? 0);
  return {
    format,
    fileName: path.basename(file),
    content,
    components,
    label,
    ntia: ntiaFromDocument(format, doc)
  };
}
