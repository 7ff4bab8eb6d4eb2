import { existsSync } from 'node:fs';
import path from 'node:path';
import { normalizePypiName } from '../purl.js';
import type { SbomPackage } from '../model.js';
import { dirName, newPackage, parseToml, readText } from './common.js';

/** What pyproject.toml says about the root project and its direct dependencies. */
export interface PythonProject {
  name: string;
  version: string;
  license?: string;
  /** Normalised names of direct runtime dependencies (extras included: they ship). */
  /** True when pyproject.toml names the project (else the name is the directory's). */
  named: boolean;
  prod: Set<string>;
  /** Normalised names of direct dev/test dependencies. */
  dev: Set<string>;
  found: boolean;
}

/** The distribution name of a PEP 508 requirement string (`requests[socks]>=2; python_version>"3"`). */
export function requirementName(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? normalizePypiName(m[1]) : undefined;
}

function licenseText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as any).text === 'string')
    return (value as any).text;
  return undefined;
}

/** Reads pyproject.toml ([project] per PEP 621, [tool.poetry], PEP 735 [dependency-groups]) beside a lockfile. */
export async function readPythonProject(dir: string, displayDir: string): Promise<PythonProject> {
  const file = path.join(dir, 'pyproject.toml');
  const out: PythonProject = {
    name: dirName(dir),
    version: '',
    named: false,
    prod: new Set(),
    dev: new Set(),
    found: false
  };
  if (!existsSync(file)) return out;
  const display = path.join(displayDir, 'pyproject.toml');
  const doc = await parseToml(readText(file, display), display);
  out.found = true;
  const project = doc.project ?? {};
  const poetry = doc.tool?.poetry ?? {};
  out.named = typeof (project.name ?? poetry.name) === 'string';
  out.name = project.name ?? poetry.name ?? out.name;
  out.version = project.version ?? poetry.version ?? '';
  out.license = licenseText(project.license) ?? licenseText(poetry.license);
  const addSpecs = (list: unknown, into: Set<string>) => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      const n = typeof s === 'string' ? requirementName(s) : undefined;
      if (n) into.add(n);
    }
  };
  const addKeys = (table: unknown, into: Set<string>) => {
    for (const k of Object.keys((table as object) ?? {}))
      if (k.toLowerCase() !== 'python') into.add(normalizePypiName(k));
  };
  addSpecs(project.dependencies, out.prod);
  for (const extra of Object.values(project['optional-dependencies'] ?? {})) addSpecs(extra, out.prod);
  addKeys(poetry.dependencies, out.prod);
  addKeys(poetry['dev-dependencies'], out.dev);
  for (const [group, spec] of Object.entries<any>(poetry.group ?? {}))
    addKeys(spec?.dependencies, group === 'main' ? out.prod : out.dev);
  for (const group of Object.values(doc['dependency-groups'] ?? {})) addSpecs(group, out.dev);
  addSpecs(doc.tool?.uv?.['dev-dependencies'], out.dev);
  return out;
}

/** The root package of a Python lockfile, as pyproject.toml (or, without one, the directory) names it. */
export function pythonRootPackage(project: PythonProject): SbomPackage {
  return newPackage({
    ecosystem: 'pypi',
    name: project.name,
    version: project.version,
    license: project.license,
    own: true,
    synthetic: !project.named
  });
}
