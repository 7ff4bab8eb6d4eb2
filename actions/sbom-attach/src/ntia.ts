import type { Project } from './model.js';

export interface NtiaElement {
  element: string;
  present: boolean;
  detail: string;
}

/**
 * The NTIA minimum elements (supplier, component name, version, unique identifier, dependency
 * relationship, author of the SBOM data, timestamp) as this SBOM carries them. Lockfiles name no
 * suppliers for third-party packages, so that element is usually partial: reported, not hidden.
 */
export function ntiaElements(project: Project, timestampKnown: boolean): NtiaElement[] {
  const all = [project.root, ...project.packages];
  const count = (n: number) => `${n}/${all.length}`;
  const withSupplier = project.supplier ? all.filter((p) => p === project.root || p.own).length : 0;
  const withVersion = all.filter((p) => p.version).length;
  const withPurl = all.filter((p) => p.purl).length;
  const edges = all.reduce((n, p) => n + p.dependencies.length, 0);
  return [
    {
      element: 'Supplier name',
      present: withSupplier === all.length,
      detail: withSupplier ? `${count(withSupplier)} components (the project's own; lockfiles do not name third-party suppliers)` : 'no supplier known (set GITHUB_REPOSITORY or the repository input)'
    },
    { element: 'Component name', present: true, detail: `${count(all.length)} components` },
    { element: 'Version of the component', present: withVersion === all.length, detail: `${count(withVersion)} components` },
    { element: 'Other unique identifiers', present: withPurl === all.length, detail: `purl on ${count(withPurl)} components` },
    { element: 'Dependency relationship', present: edges > 0 || all.length === 1, detail: `${edges} dependency edges` },
    { element: 'Author of SBOM data', present: Boolean(project.supplier), detail: project.supplier ? `${project.supplier} with ${project.tool.name} ${project.tool.version}` : `${project.tool.name} only (no organisation known)` },
    { element: 'Timestamp', present: timestampKnown, detail: `${project.timestamp} (${project.timestampSource})` }
  ];
}
