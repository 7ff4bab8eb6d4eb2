import { contentUuid, sha256Hex } from './content-id.js';
import { normalizeLicense } from './license.js';
import type { HashAlgorithm, Project, SbomPackage } from './model.js';

const SPDX_ALGORITHMS: Record<HashAlgorithm, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512'
};

/** SPDX ids allow only letters, digits, `.` and `-`; a short digest keeps sanitised ids unique. */
function spdxId(kind: 'Package' | 'File', key: string, label: string): string {
  const clean = label
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `SPDXRef-${kind}-${clean}-${sha256Hex(key).slice(0, 8)}`;
}

function supplierText(name: string | undefined): string {
  return name ? `Organization: ${name}` : 'NOASSERTION';
}

/** SPDX 2.3 packages have no properties: an alias and a local path are said in the comment. */
function packageComment(p: SbomPackage): string | undefined {
  const parts: string[] = [];
  if (p.aliases?.length) parts.push(`installed under the alias ${p.aliases.join(', ')}`);
  if (p.localPath) parts.push(`the project's directory ${p.localPath}`);
  return parts.length ? parts.join('; ') : undefined;
}

function spdxPackage(
  p: SbomPackage,
  id: string,
  purpose: string,
  supplier?: string
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: p.name,
    SPDXID: id,
    versionInfo: p.version || undefined,
    supplier: supplierText(supplier),
    downloadLocation: p.downloadLocation ?? 'NOASSERTION',
    filesAnalyzed: false,
    checksums: p.hashes.length
      ? p.hashes.map((h) => ({ algorithm: SPDX_ALGORITHMS[h.alg], checksumValue: h.hex }))
      : undefined,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: normalizeLicense(p.license) ?? 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }],
    primaryPackagePurpose: purpose,
    comment: packageComment(p)
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * Builds the SPDX 2.3 JSON document: DOCUMENT DESCRIBES the root package and each artifact file;
 * DEPENDS_ON edges between packages (DEV_DEPENDENCY_OF for dev-only ones when they are included);
 * files GENERATED_FROM the root. The namespace is derived from the content, so it is stable for
 * the same inputs and unique otherwise.
 */
export function spdxJson(project: Project, namespaceBase: string): string {
  const ids = new Map<string, string>();
  const rootId = spdxId('Package', project.root.ref, `${project.root.name}-${project.root.version}`);
  ids.set(project.root.ref, rootId);
  for (const p of project.packages)
    ids.set(p.ref, spdxId('Package', p.ref, `${p.ecosystem}-${p.name}-${p.version}`));
  const packages = [
    spdxPackage(project.root, rootId, 'APPLICATION', project.supplier),
    ...project.packages.map((p) =>
      spdxPackage(p, ids.get(p.ref)!, p.own ? 'APPLICATION' : 'LIBRARY', p.own ? project.supplier : undefined)
    )
  ];
  const files = project.artifacts.map((a) => ({
    fileName: `./${a.name}`,
    SPDXID: spdxId('File', a.name, a.name),
    checksums: [
      { algorithm: 'SHA1', checksumValue: a.sha1 },
      { algorithm: 'SHA256', checksumValue: a.sha256 }
    ],
    licenseConcluded: 'NOASSERTION',
    copyrightText: 'NOASSERTION'
  }));
  const relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }
  ];
  for (const f of files) {
    relationships.push({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: f.SPDXID
    });
    relationships.push({
      spdxElementId: f.SPDXID,
      relationshipType: 'GENERATED_FROM',
      relatedSpdxElement: rootId
    });
  }
  const byRef = new Map(project.packages.map((p) => [p.ref, p]));
  for (const p of [project.root, ...project.packages]) {
    for (const d of p.dependencies) {
      const target = byRef.get(d);
      const to = ids.get(d);
      if (!target || !to) continue;
      if (target.dev && !p.dev)
        relationships.push({
          spdxElementId: to,
          relationshipType: 'DEV_DEPENDENCY_OF',
          relatedSpdxElement: ids.get(p.ref)!
        });
      else
        relationships.push({
          spdxElementId: ids.get(p.ref)!,
          relationshipType: 'DEPENDS_ON',
          relatedSpdxElement: to
        });
    }
  }
  relationships.sort((a, b) =>
    `${a.spdxElementId} ${a.relationshipType} ${a.relatedSpdxElement}` <
    `${b.spdxElementId} ${b.relationshipType} ${b.relatedSpdxElement}`
      ? -1
      : 1
  );
  const title = project.root.version ? `${project.root.name}-${project.root.version}` : project.root.name;
  const creators = [`Tool: ${project.tool.name}-${project.tool.version}`];
  if (project.supplier) creators.push(`Organization: ${project.supplier}`);
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: title,
    documentNamespace: '',
    creationInfo: { created: project.timestamp, creators },
    packages,
    files: files.length ? files : undefined,
    relationships
  };
  const draft = JSON.stringify(doc);
  const safeTitle = title.replace(/[^A-Za-z0-9._-]+/g, '-');
  doc.documentNamespace = `${namespaceBase.replace(/\/+$/, '')}/${safeTitle}-${contentUuid(sha256Hex(draft))}`;
  return JSON.stringify(doc, null, 2) + '\n';
}
