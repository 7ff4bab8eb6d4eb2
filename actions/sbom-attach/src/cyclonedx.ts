// Sub-path imports: the package root also loads its validators, which locate schema files through
// __dirname (undefined in an ESM bundle); the schemas are bundled by ./schemas/cyclonedx.ts instead.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { contentUuid, sha256Hex } from './content-id.js';
import { isSingleLicenseId, normalizeLicense } from './license.js';
import type { HashAlgorithm, Project, SbomPackage } from './model.js';

const ALGORITHMS: Record<HashAlgorithm, Enums.HashAlgorithm> = {
  'SHA-1': Enums.HashAlgorithm['SHA-1'],
  'SHA-256': Enums.HashAlgorithm['SHA-256'],
  'SHA-384': Enums.HashAlgorithm['SHA-384'],
  'SHA-512': Enums.HashAlgorithm['SHA-512']
};

// The library types purls as packageurl-js objects (an optional peer it does not bundle); it only
// ever calls toString() on them, so a string wrapper is enough.
function purlValue(purl: string): any {
  return { toString: () => purl };
}

function licenses(text: string | undefined): Models.LicenseRepository {
  const repo = new Models.LicenseRepository();
  const expression = normalizeLicense(text);
  if (!expression) return repo;
  if (isSingleLicenseId(expression))
    repo.add(new Models.SpdxLicense(expression, { acknowledgement: Enums.LicenseAcknowledgement.Declared }));
  else {
    const l = new Models.LicenseExpression(expression);
    l.acknowledgement = Enums.LicenseAcknowledgement.Declared;
    repo.add(l);
  }
  return repo;
}

function component(p: SbomPackage, type: Enums.ComponentType, supplier?: string): Models.Component {
  const hashes = new Models.HashDictionary(p.hashes.map((h) => [ALGORITHMS[h.alg], h.hex] as const));
  const properties = new Models.PropertyRepository([
    ...(p.fileHashes ?? []).map((h) => new Models.Property('release-kit:file-hash', h)),
    // The name a package is installed under is not its identity (the purl): it is said here.
    ...(p.aliases ?? []).map((a) => new Models.Property('release-kit:npm-alias', a)),
    ...(p.localPath ? [new Models.Property('release-kit:path', p.localPath)] : [])
  ]);
  const c = new Models.Component(type, p.name, {
    bomRef: p.ref,
    version: p.version || undefined,
    purl: purlValue(p.purl),
    hashes,
    licenses: licenses(p.license),
    scope: p.dev ? Enums.ComponentScope.Excluded : undefined,
    supplier: supplier ? new Models.OrganizationalEntity({ name: supplier }) : undefined,
    properties
  });
  if (p.downloadLocation) {
    c.externalReferences.add(
      p.downloadLocation.startsWith('git+')
        ? new Models.ExternalReference(p.downloadLocation, Enums.ExternalReferenceType.VCS)
        : new Models.ExternalReference(p.downloadLocation, Enums.ExternalReferenceType.Distribution)
    );
  }
  return c;
}

/**
 * Builds the CycloneDX 1.6 JSON document with the CycloneDX library: root as `metadata.component`,
 * one component per package (dev-only ones with scope `excluded`), artifacts as `file` components
 * with SHA-256, the dependency graph, and a serial number derived from the content.
 */
export function cycloneDxJson(project: Project): string {
  const root = component(project.root, Enums.ComponentType.Application, project.supplier);
  const bom = new Models.Bom({
    metadata: new Models.Metadata({
      timestamp: new Date(project.timestamp),
      component: root,
      tools: new Models.Tools({
        components: new Models.ComponentRepository([
          new Models.Component(Enums.ComponentType.Application, project.tool.name, {
            version: project.tool.version,
            group: undefined
          })
        ])
      }),
      authors: project.supplier
        ? new Models.OrganizationalContactRepository([
            new Models.OrganizationalContact({ name: project.supplier })
          ])
        : undefined,
      supplier: project.supplier ? new Models.OrganizationalEntity({ name: project.supplier }) : undefined
    })
  });
  const byRef = new Map<string, Models.Component>([[project.root.ref, root]]);
  for (const p of project.packages) {
    const c = component(
      p,
      p.own ? Enums.ComponentType.Application : Enums.ComponentType.Library,
      p.own ? project.supplier : undefined
    );
    byRef.set(p.ref, c);
    bom.components.add(c);
  }
  for (const p of [project.root, ...project.packages]) {
    const c = byRef.get(p.ref)!;
    for (const d of p.dependencies) {
      const target = byRef.get(d);
      if (target) c.dependencies.add(target.bomRef);
    }
  }
  for (const a of project.artifacts) {
    const file = new Models.Component(Enums.ComponentType.File, a.name, {
      bomRef: `file:${a.name}`,
      hashes: new Models.HashDictionary([
        [Enums.HashAlgorithm['SHA-256'], a.sha256],
        [Enums.HashAlgorithm['SHA-1'], a.sha1]
      ])
    });
    // Top-level `file` components, not dependencies: the files are what the root ships, not what it needs.
    bom.components.add(file);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  // Not the library's sortLists: it orders with localeCompare, which depends on the runner's locale.
  // Everything is added in code-unit order instead (packages by purl, edges sorted), the same on every machine.
  const options = { sortLists: false, space: 2 };
  const draft = serializer.serialize(bom, options);
  // The serial number is derived from the document without it; inserting it into the text (where the
  // library would put it: after `version`) saves a second serialisation of a large document.
  const serial = `urn:uuid:${contentUuid(sha256Hex(draft))}`;
  const at = draft.indexOf('\n  "version": 1,\n');
  if (at < 0) {
    bom.serialNumber = serial;
    return serializer.serialize(bom, options) + '\n';
  }
  const end = at + '\n  "version": 1,'.length;
  return `${draft.slice(0, end)}\n  "serialNumber": ${JSON.stringify(serial)},${draft.slice(end)}\n`;
}
