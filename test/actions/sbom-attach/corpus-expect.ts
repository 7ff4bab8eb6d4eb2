// Independent readings of the shared corpus's lockfiles, used by corpus.test.ts as the expectation.
// Deliberately written apart from actions/sbom-attach/src (nothing imported from it): each reading goes
// straight from the format's own structure, as its documentation describes it, and keeps only what the
// SBOM must show — which packages, under which purl, with which hashes, dev or not, and their edges.
// Generic TOML/YAML parsers are used; the lockfile semantics are re-derived here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import YAML from 'yaml';

/** One expected component; `key` is its purl, plus `@@<dir>` for a project directory. */
export interface ExpectedComponent {
  key: string;
  /** `ALG:hex` hashes the component must carry (as hashes or, for several files, file hashes). */
  hashes: string[];
  dev: boolean;
  own: boolean;
}

export interface Expected {
  /** Component key of the document's root (not listed as a component); undefined for a synthetic root. */
  rootKey?: string;
  components: Map<string, ExpectedComponent>;
  /** Edges between components (the root's own edges are not compared). */
  edges: Map<string, Set<string>>;
  /** Lockfile entries (keys, [[package]] tables, requirement lines). */
  entries: number;
}

// ---------- purls, as the purl spec writes them ----------

function enc(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
function qualifiers(q: Record<string, string>): string {
  const keys = Object.keys(q).sort();
  return keys.length ? '?' + keys.map((k) => `${k}=${enc(q[k]).replace(/%3A/g, ':')}`).join('&') : '';
}
export function npmPurl(name: string, version: string): string {
  const n = name.toLowerCase();
  const [ns, base] = n.startsWith('@') ? [n.slice(0, n.indexOf('/')), n.slice(n.indexOf('/') + 1)] : ['', n];
  return `pkg:npm/${ns ? enc(ns) + '/' : ''}${enc(base)}${version ? '@' + enc(version).replace(/%3A/g, ':') : ''}`;
}
export function pypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function pypiPurl(name: string, version: string, q: Record<string, string> = {}): string {
  return `pkg:pypi/${enc(pypiName(name))}${version ? '@' + enc(version) : ''}${qualifiers(q)}`;
}
function cargoPurl(name: string, version: string, q: Record<string, string> = {}): string {
  return `pkg:cargo/${enc(name)}@${enc(version)}${qualifiers(q)}`;
}
function golangPurl(module: string, version: string): string {
  return `pkg:golang/${module.split('/').map(enc).join('/')}@${enc(version)}`;
}

function sriHashes(integrity: string | undefined): string[] {
  if (!integrity) return [];
  return integrity
    .split(/\s+/)
    .map((t) => /^sha(1|256|384|512)-(.+)$/.exec(t))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `SHA-${m[1]}:${Buffer.from(m[2], 'base64').toString('hex')}`);
}

// ---------- shared graph helpers ----------

class Graph {
  components = new Map<string, ExpectedComponent>();
  edges = new Map<string, Set<string>>();
  devEdges = new Set<string>();
  /** Edges declared production at least once: a name under both dependencies and devDependencies ships. */
  prodEdges = new Set<string>();
  add(key: string, hashes: string[] = [], own = false): string {
    const c = this.components.get(key);
    if (c) c.hashes = [...new Set([...c.hashes, ...hashes])];
    else this.components.set(key, { key, hashes: [...new Set(hashes)], dev: true, own });
    return key;
  }
  edge(from: string, to: string | undefined, dev = false): void {
    if (!to || from === to) return;
    if (!this.edges.has(from)) this.edges.set(from, new Set());
    this.edges.get(from)!.add(to);
    (dev ? this.devEdges : this.prodEdges).add(`${from}\n${to}`);
  }
  /** Marks production everything reachable from `starts` through edges not marked dev. */
  markProduction(starts: Iterable<string>): void {
    const queue = [...starts];
    const seen = new Set(queue);
    while (queue.length) {
      const k = queue.pop()!;
      const c = this.components.get(k);
      if (c) c.dev = false;
      for (const t of this.edges.get(k) ?? [])
        if (!seen.has(t) && this.prodEdges.has(`${k}\n${t}`)) {
          seen.add(t);
          queue.push(t);
        }
    }
  }
  result(rootKey: string | undefined, entries: number): Expected {
    if (rootKey) this.components.delete(rootKey);
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of this.edges) {
      if (from === rootKey || !this.components.has(from)) continue;
      const kept = new Set([...to].filter((t) => t !== rootKey));
      if (kept.size) edges.set(from, kept);
    }
    return { rootKey, components: this.components, edges, entries };
  }
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const PROD = ['dependencies', 'optionalDependencies', 'peerDependencies'];

// ---------- package-lock.json v3 ----------

function readNpm(dir: string): Expected {
  const lock = json(path.join(dir, 'package-lock.json'));
  const entries: Record<string, any> = lock.packages;
  const g = new Graph();
  const keyOf = new Map<string, string>();
  const rootKey = npmPurl(entries[''].name, entries[''].version ?? '');
  keyOf.set('', rootKey);
  for (const [k, e] of Object.entries<any>(entries)) {
    if (k === '' || e.link) continue;
    const name = e.name ?? k.slice(k.lastIndexOf('node_modules/') + 13);
    if (!k.includes('node_modules/'))
      keyOf.set(k, g.add(`${npmPurl(e.name ?? path.posix.basename(k), e.version ?? '')}@@${k}`, [], true));
    else {
      keyOf.set(k, g.add(npmPurl(name, e.version), sriHashes(e.integrity)));
    }
  }
  // Node's resolution: the nearest node_modules/<dep> going up from the dependent's folder.
  const resolve = (from: string, dep: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = (base ? base + '/' : '') + 'node_modules/' + dep;
      const e = entries[candidate];
      if (e) return keyOf.get(e.link ? e.resolved : candidate);
      if (!base) return undefined;
      const i = base.lastIndexOf('/node_modules/');
      base = i >= 0 ? base.slice(0, i) : '';
    }
  };
  for (const [k, key] of keyOf)
    for (const f of [...PROD, 'devDependencies'])
      for (const dep of Object.keys(entries[k][f] ?? {})) g.edge(key, resolve(k, dep));
  // npm records dev-only itself (`dev: true`); members are production.
  // A package may be installed twice, one copy dev and one not: then it ships.
  for (const [k, key] of keyOf) if (k !== '' && !entries[k].dev) g.components.get(key)!.dev = false;
  return g.result(rootKey, Object.keys(entries).length - 1);
}

// ---------- yarn v1 ----------

interface YarnV1Entry {
  specs: string[];
  version: string;
  integrity?: string;
  deps: Record<string, string>;
}

function parseYarnV1(text: string): YarnV1Entry[] {
  const out: YarnV1Entry[] = [];
  let cur: YarnV1Entry | undefined;
  let inDeps = false;
  const unq = (s: string) => s.trim().replace(/^"(.*)"$/, '$1');
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      cur = { specs: line.slice(0, -1).split(', ').map(unq), version: '', deps: {} };
      out.push(cur);
      inDeps = false;
    } else if (line.startsWith('    ')) {
      if (inDeps) {
        const [n, ...r] = line.trim().split(' ');
        cur!.deps[unq(n)] = unq(r.join(' '));
      }
    } else {
      const [k, ...r] = line.trim().split(' ');
      inDeps = k === 'dependencies:' || k === 'optionalDependencies:';
      if (k === 'version') cur!.version = unq(r.join(' '));
      if (k === 'integrity') cur!.integrity = unq(r.join(' '));
    }
  }
  return out;
}

/** Literal directories and `dir/*` only (what the corpus uses); anything else fails loudly. */
function workspaceDirs(dir: string, patterns: string[]): string[] {
  return patterns.flatMap((p) => {
    if (!p.includes('*')) return [p];
    if (!/^[^*]+\/\*$/.test(p)) throw new Error(`corpus-expect: workspace pattern ${p} not supported here`);
    const base = p.slice(0, -2);
    return readdirSync(path.join(dir, base))
      .filter((d) => existsSync(path.join(dir, base, d, 'package.json')))
      .map((d) => `${base}/${d}`);
  });
}

function readYarnV1(dir: string): Expected {
  const lock = parseYarnV1(readFileSync(path.join(dir, 'yarn.lock'), 'utf8'));
  const manifest = json(path.join(dir, 'package.json'));
  const g = new Graph();
  const bySpec = new Map<string, string>();
  for (const e of lock) {
    // `alias@npm:real@range` is the package `real`.
    let name = e.specs[0].slice(0, e.specs[0].indexOf('@', 1));
    const range = e.specs[0].slice(name.length + 1);
    if (range.startsWith('npm:')) name = range.slice(4, range.indexOf('@', 5));
    const key = g.add(npmPurl(name, e.version), sriHashes(e.integrity));
    for (const s of e.specs) bySpec.set(s, key);
  }
  const rootKey = npmPurl(manifest.name, manifest.version ?? '');
  const ws = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? []);
  const members = new Map<string, { key: string; m: any }>();
  for (const d of workspaceDirs(dir, ws)) {
    const m = json(path.join(dir, d, 'package.json'));
    members.set(m.name, { key: g.add(`${npmPurl(m.name, m.version ?? '')}@@${d}`, [], true), m });
  }
  const find = (n: string, r: string) => bySpec.get(`${n}@${r}`) ?? members.get(n)?.key;
  for (const e of lock) {
    const from = bySpec.get(e.specs[0])!;
    for (const [n, r] of Object.entries(e.deps)) g.edge(from, find(n, r));
  }
  const starts = [rootKey];
  for (const [owner, m] of [
    [rootKey, manifest] as const,
    ...[...members.values()].map((x) => [x.key, x.m] as const)
  ]) {
    if (owner !== rootKey) g.edge(rootKey, owner);
    const prod = new Set(PROD.flatMap((f) => Object.keys(m[f] ?? {})));
    for (const f of [...PROD, 'devDependencies'])
      for (const [n, r] of Object.entries<string>(m[f] ?? {})) g.edge(owner, find(n, r), !prod.has(n));
  }
  g.markProduction(starts);
  return g.result(rootKey, lock.length);
}

// ---------- Yarn Berry ----------

function readBerry(dir: string): Expected {
  const lock = YAML.parse(readFileSync(path.join(dir, 'yarn.lock'), 'utf8'));
  const manifest = json(path.join(dir, 'package.json'));
  const g = new Graph();
  const bySpec = new Map<string, string>();
  const rootKey = npmPurl(manifest.name, manifest.version ?? '');
  const members: { key: string; deps: Record<string, string>; m: any }[] = [];
  let rootDeps: Record<string, string> = {};
  const keys = Object.keys(lock).filter((k) => k !== '__metadata');
  for (const k of keys) {
    const e = lock[k];
    const at = e.resolution.indexOf('@', 1);
    const name = e.resolution.slice(0, at);
    const [protocol, ...rest] = e.resolution.slice(at + 1).split(':');
    let key: string;
    if (protocol === 'workspace' && rest.join(':') === '.') {
      key = rootKey;
      rootDeps = e.dependencies ?? {};
    } else if (protocol === 'workspace') {
      const d = rest.join(':');
      const m = json(path.join(dir, d, 'package.json'));
      key = g.add(`${npmPurl(name, m.version ?? '')}@@${d}`, [], true);
      members.push({ key, deps: e.dependencies ?? {}, m });
    } else key = g.add(npmPurl(name, String(e.version))); // Berry's checksum is its cache archive's, not a package hash.
    for (const s of k.split(', ')) bySpec.set(s, key);
  }
  const find = (n: string, r: string) => bySpec.get(`${n}@${r}`) ?? bySpec.get(`${n}@npm:${r}`);
  for (const k of keys) {
    const e = lock[k];
    const from = bySpec.get(k.split(', ')[0])!;
    if (from === rootKey || members.some((x) => x.key === from)) continue;
    for (const [n, r] of Object.entries<string>(e.dependencies ?? {})) g.edge(from, find(n, r));
  }
  for (const { key, deps, m } of [...members, { key: rootKey, deps: rootDeps, m: manifest }]) {
    if (key !== rootKey) g.edge(rootKey, key);
    const prod = new Set(PROD.flatMap((f) => Object.keys(m[f] ?? {})));
    for (const [n, r] of Object.entries<string>(deps))
      g.edge(key, find(n, r), !prod.has(n) && n in (m.devDependencies ?? {}));
  }
  g.markProduction([rootKey]);
  return g.result(rootKey, keys.length);
}

// ---------- pnpm 9 ----------

function readPnpm(dir: string): Expected {
  const lock = YAML.parse(readFileSync(path.join(dir, 'pnpm-lock.yaml'), 'utf8'));
  const g = new Graph();
  const rootManifest = json(path.join(dir, 'package.json'));
  const rootKey = npmPurl(rootManifest.name, rootManifest.version ?? '');
  const dirKey = (d: string): string => {
    const clean = path.posix.normalize(d);
    if (clean === '.') return rootKey;
    const m = json(path.join(dir, clean, 'package.json'));
    // A folder whose package.json has no name claims no npm package.
    const purl = m.name
      ? npmPurl(m.name, m.version ?? '')
      : `pkg:generic/${enc(path.posix.basename(clean))}${m.version ? '@' + enc(m.version) : ''}`;
    return g.add(`${purl}@@${clean}`, [], true);
  };
  const snapKey = (k: string): string => {
    const bare = k.replace(/\(.*$/, '');
    const at = bare.indexOf('@', 1);
    const [name, version] = [bare.slice(0, at), bare.slice(at + 1)];
    const meta = lock.packages[bare];
    if (meta?.resolution?.type === 'directory') return dirKey(meta.resolution.directory);
    return g.add(npmPurl(name, version), sriHashes(meta?.resolution?.integrity));
  };
  const target = (name: string, v: string, from: string): string =>
    v.startsWith('link:')
      ? dirKey(path.posix.join(from, v.slice(5)))
      : snapKey(/^[^\d].*@/.test(v) && !v.startsWith('file:') ? v : `${name}@${v}`);
  for (const [k, s] of Object.entries<any>(lock.snapshots ?? {})) {
    const from = snapKey(k);
    for (const f of ['dependencies', 'optionalDependencies'])
      for (const [n, v] of Object.entries<string>(s?.[f] ?? {})) g.edge(from, target(n, String(v), '.'));
  }
  const starts: string[] = [];
  for (const [p, imp] of Object.entries<any>(lock.importers)) {
    const owner = dirKey(p);
    starts.push(owner);
    if (owner !== rootKey) g.edge(rootKey, owner);
    const prod = new Set(['dependencies', 'optionalDependencies'].flatMap((f) => Object.keys(imp[f] ?? {})));
    for (const f of ['dependencies', 'optionalDependencies', 'devDependencies'])
      for (const [n, spec] of Object.entries<any>(imp[f] ?? {}))
        g.edge(owner, target(n, String(spec.version), p), !prod.has(n));
  }
  g.markProduction(starts);
  return g.result(rootKey, Object.keys(lock.snapshots ?? {}).length + Object.keys(lock.importers).length);
}

// ---------- Cargo ----------

function readCargo(dir: string): Expected {
  const lock: any = parseToml(readFileSync(path.join(dir, 'Cargo.lock'), 'utf8'));
  const rootToml: any = parseToml(readFileSync(path.join(dir, 'Cargo.toml'), 'utf8'));
  const memberDirs = [
    '.',
    ...workspaceDirsCargo(dir, rootToml.workspace?.members ?? [], rootToml.workspace?.exclude ?? [])
  ];
  const manifests = new Map<string, any>();
  for (const d of memberDirs) {
    const f = path.join(dir, d, 'Cargo.toml');
    const t: any = d === '.' ? rootToml : parseToml(readFileSync(f, 'utf8'));
    if (t.package?.name) manifests.set(t.package.name, t);
  }
  const g = new Graph();
  const pkgs: any[] = lock.package;
  const keyOf = (p: any) => {
    const q: Record<string, string> = {};
    const s: string | undefined = p.source;
    if (s?.startsWith('git+')) q.vcs_url = `git+${s.slice(4).replace(/[?#].*$/, '')}@${s.split('#')[1]}`;
    else if (
      s &&
      !/^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/)$/.test(
        s
      )
    )
      q.repository_url = s.replace(/^(registry|sparse)\+/, '');
    return cargoPurl(p.name, p.version, q);
  };
  for (const p of pkgs)
    g.add(keyOf(p), p.checksum ? [`SHA-256:${p.checksum}`] : [], !p.source && manifests.has(p.name));
  const find = (spec: string) => {
    const [n, v] = spec.split(' ');
    const hits = pkgs.filter((p) => p.name === n && (!v || p.version === v));
    if (hits.length !== 1)
      throw new Error(`corpus-expect: ${spec} is ${hits.length ? 'ambiguous' : 'absent'}`);
    return hits[0];
  };
  const depNames = (t: any, kinds: string[]) => {
    const out = new Set<string>();
    for (const table of [t, ...Object.values<any>(t.target ?? {})])
      for (const kind of kinds)
        for (const [k, v] of Object.entries<any>(table?.[kind] ?? {}))
          out.add(typeof v === 'object' && v.package ? v.package : k);
    return out;
  };
  for (const p of pkgs) {
    const m = !p.source ? manifests.get(p.name) : undefined;
    const prod = m ? depNames(m, ['dependencies', 'build-dependencies']) : undefined;
    const dev = m ? depNames(m, ['dev-dependencies']) : undefined;
    for (const spec of p.dependencies ?? []) {
      const t = find(spec);
      g.edge(keyOf(p), keyOf(t), !!m && !prod!.has(t.name) && dev!.has(t.name));
    }
  }
  const rootName = rootToml.package?.name;
  const rootKey = rootName ? keyOf(pkgs.find((p) => p.name === rootName && !p.source)) : undefined;
  const members = pkgs.filter((p) => !p.source && manifests.has(p.name)).map(keyOf);
  // Every member ships; what they (or the root crate) reach through non-dev edges ships too.
  g.markProduction(rootKey ? [rootKey, ...members] : members);
  return g.result(rootKey, pkgs.length);
}

function workspaceDirsCargo(dir: string, members: string[], exclude: string[]): string[] {
  return members
    .flatMap((p) => {
      if (!p.includes('*')) return [p];
      const base = p.slice(0, -2);
      return readdirSync(path.join(dir, base)).map((d) => `${base}/${d}`);
    })
    .filter((d) => !exclude.includes(d) && existsSync(path.join(dir, d, 'Cargo.toml')));
}

// ---------- poetry.lock ----------

function readPoetry(dir: string): Expected {
  const lock: any = parseToml(readFileSync(path.join(dir, 'poetry.lock'), 'utf8'));
  const g = new Graph();
  const byName = new Map<string, string>();
  for (const p of lock.package) {
    const s = p.source ?? {};
    const q: Record<string, string> =
      s.type === 'git'
        ? { vcs_url: `git+${s.url}@${s.resolved_reference}` }
        : s.type === 'legacy'
          ? { repository_url: s.url }
          : {};
    const key = g.add(
      pypiPurl(p.name, p.version, q),
      (p.files ?? []).map((f: any) => f.hash.replace(/^sha256:/, 'SHA-256:'))
    );
    byName.set(pypiName(p.name), key);
    // Lock 2.x says which groups need a package: not in `main` means dev-only.
    g.components.get(key)!.dev = !p.groups.includes('main');
  }
  for (const p of lock.package)
    for (const d of Object.keys(p.dependencies ?? {}))
      g.edge(byName.get(pypiName(p.name))!, byName.get(pypiName(d)));
  return g.result(undefined, lock.package.length);
}

// ---------- uv.lock ----------

function readUv(dir: string): Expected {
  const lock: any = parseToml(readFileSync(path.join(dir, 'uv.lock'), 'utf8'));
  const project: any = parseToml(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'));
  const g = new Graph();
  const pkgs: any[] = lock.package;
  const keyOf = (p: any): string => {
    const s = p.source ?? {};
    const local = s.editable ?? s.virtual;
    if (local !== undefined)
      return `${pypiPurl(p.name, p.version ?? project.project.version ?? '')}@@${local}`;
    const q: Record<string, string> = {};
    if (s.git) q.vcs_url = `git+${s.git.replace(/[?#].*$/, '')}@${s.git.split('#')[1]}`;
    return pypiPurl(p.name, p.version, q);
  };
  for (const p of pkgs) {
    const files = [...(p.sdist ? [p.sdist] : []), ...(p.wheels ?? [])];
    g.add(
      keyOf(p),
      files.map((f: any) => f.hash.replace(/^sha256:/, 'SHA-256:')),
      !!(p.source.editable ?? p.source.virtual)
    );
  }
  const find = (d: any) => {
    const hits = pkgs.filter(
      (p) => p.name === d.name && (d.version === undefined || p.version === d.version)
    );
    return keyOf(
      hits.length === 1 ? hits[0] : hits.find((p) => JSON.stringify(p.source) === JSON.stringify(d.source))
    );
  };
  for (const p of pkgs) {
    for (const d of p.dependencies ?? []) g.edge(keyOf(p), find(d));
    for (const group of Object.values<any>(p['optional-dependencies'] ?? {}))
      for (const d of group) g.edge(keyOf(p), find(d));
    for (const group of Object.values<any>(p['dev-dependencies'] ?? {}))
      for (const d of group) g.edge(keyOf(p), find(d), true);
  }
  const root = pkgs.find((p) => p.name === project.project.name);
  const rootKey = keyOf(root);
  const members = pkgs.filter((p) => p.source.editable ?? p.source.virtual).map(keyOf);
  g.markProduction([rootKey, ...members]);
  return g.result(rootKey, pkgs.length);
}

// ---------- requirements.txt (pip-compile --generate-hashes) ----------

function readRequirements(dir: string): Expected {
  const text = readFileSync(path.join(dir, 'requirements.txt'), 'utf8').replace(/\\\n/g, ' ');
  const g = new Graph();
  let n = 0;
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==(\S+)(.*)$/.exec(line.replace(/;[^-]*/, '').trim());
    if (!m) continue;
    n++;
    const hashes = [...m[3].matchAll(/--hash=sha256:([0-9a-f]{64})/g)].map((h) => `SHA-256:${h[1]}`);
    g.components.set(pypiPurl(m[1], m[2]), { key: pypiPurl(m[1], m[2]), hashes, dev: false, own: false });
  }
  return g.result(undefined, n);
}

// ---------- go.mod ----------

function readGoMod(dir: string): Expected {
  const text = readFileSync(path.join(dir, 'go.mod'), 'utf8').replace(/\/\/.*$/gm, '');
  const g = new Graph();
  const replaces = new Map<string, [string, string | undefined]>();
  const requires: [string, string][] = [];
  let block = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line === ')') block = '';
    else if (/^\w+ \($/.test(line)) block = line.split(' ')[0];
    else {
      const words = block ? [block, ...line.split(/\s+/)] : line.split(/\s+/);
      if (words[0] === 'require') requires.push([words[1], words[2]]);
      if (words[0] === 'replace') {
        const arrow = words.indexOf('=>');
        replaces.set(words.slice(1, arrow).join('@'), [words[arrow + 1], words[arrow + 2]]);
      }
    }
  }
  for (const [mod, v] of requires) {
    const r = replaces.get(`${mod}@${v}`) ?? replaces.get(mod);
    const [name, version] = r && r[1] ? [r[0], r[1]] : [mod, v];
    const key = golangPurl(name, version);
    g.components.set(key, { key, hashes: [], dev: false, own: false });
  }
  return g.result(undefined, requires.length);
}

/** The independent reading of one corpus directory, by the lockfile it holds. */
export function expectedReading(dir: string): Expected {
  const has = (f: string) => existsSync(path.join(dir, f));
  if (has('Cargo.lock')) return readCargo(dir);
  if (has('package-lock.json')) return readNpm(dir);
  if (has('pnpm-lock.yaml')) return readPnpm(dir);
  if (has('yarn.lock'))
    return /^__metadata:/m.test(readFileSync(path.join(dir, 'yarn.lock'), 'utf8'))
      ? readBerry(dir)
      : readYarnV1(dir);
  if (has('poetry.lock')) return readPoetry(dir);
  if (has('uv.lock')) return readUv(dir);
  if (has('requirements.txt')) return readRequirements(dir);
  if (has('go.mod')) return readGoMod(dir);
  throw new Error(`corpus-expect: no lockfile this test reads in ${dir}`);
}
