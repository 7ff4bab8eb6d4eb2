export const id = 6341;
export const ids = [6341,9001,8109];
export const modules = {

/***/ 96341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateSboms: () => (/* binding */ generateSboms)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(92886);
// EXTERNAL MODULE: ./packages/core/src/hash-files.ts + 1 modules
var hash_files = __webpack_require__(99540);
// EXTERNAL MODULE: ./actions/sbom-attach/src/inputs.ts + 1 modules
var inputs = __webpack_require__(15314);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/artifacts.ts







function sha1(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha1');
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (d) => hash.update(d))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/**
 * Finds the release files matching the `artifacts` globs under the project root and hashes them:
 * SHA-256 (what users verify) and SHA-1 (which SPDX 2.3 makes mandatory for files).
 * @throws InputError when a pattern matches nothing: a release file the SBOM should describe is missing.
 */
async function describeArtifacts(root, patterns) {
    if (!patterns.length)
        return [];
    const { files, unmatched } = await (0,src_files/* expandGlobs */.GE)(patterns, { cwd: root, inputName: inputs/* Inputs */.G0.Artifacts });
    if (unmatched.length) {
        throw new errors/* InputError */.dz(inputs/* Inputs */.G0.Artifacts, unmatched.join('\n'), `${unmatched.map((p) => JSON.stringify(p)).join(', ')} matched no file under ${root}.`);
    }
    const absolute = files.map((f) => external_node_path_default().join(root, f));
    const [sha256s, sha1s] = await Promise.all([
        (0,hash_files/* hashFiles */.yQ)(absolute, { algorithm: 'sha256' }),
        Promise.all(absolute.map(sha1))
    ]);
    return files.map((name, i) => {
        const h = sha256s[i];
        if (h.error || !h.hash)
            throw new errors/* InputError */.dz(inputs/* Inputs */.G0.Artifacts, name, `${name} cannot be read (${h.error?.code ?? 'unknown error'}).`);
        return { name, size: h.size ?? 0, sha256: h.hash, sha1: sha1s[i] };
    });
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/content-id.ts

// RFC 4122 URL namespace: the name hashed below is a content digest, not a URL, but any fixed namespace works.
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
/** SHA-256 of a text, hex. */
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * A name-based (version 5) UUID of a document's content digest: the same content always gets the
 * same serial number, different content a different one. CycloneDX's schema accepts versions 1–5 only.
 */
function contentUuid(contentDigest) {
    const h = (0,external_node_crypto_.createHash)('sha1').update(NAMESPACE).update(`release-kit:sbom:${contentDigest}`).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const hex = h.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// EXTERNAL MODULE: ./actions/sbom-attach/src/schemas/cdx-spdx-licenses.schema.json
var cdx_spdx_licenses_schema = __webpack_require__(33129);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/license.ts

// The SPDX license and exception ids, from the list the CycloneDX library ships (bundled once, with
// the schemas, rather than again through the library's SPDX module).
let ids;
function fixupSpdxId(id) {
    ids ??= new Map(cdx_spdx_licenses_schema["enum"].map((x) => [x.toLowerCase(), x]));
    return ids.get(id.toLowerCase());
}
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
/**
 * Turns a declared license into a valid SPDX license expression, or undefined when it is not one
 * (an SBOM must not carry an invalid expression; "left out" is the honest answer). Accepts the
 * legacy Cargo `MIT/Apache-2.0` form and fixes identifier case (`mit` → `MIT`); ids are checked
 * against the SPDX license list the CycloneDX library ships.
 */
function normalizeLicense(text) {
    if (!text)
        return undefined;
    let source = text.trim();
    if (!source || /^(UNLICENSED|SEE LICENSE IN .*|NOASSERTION|NONE)$/i.test(source))
        return undefined;
    if (/^[^\s()]+(\/[^\s()]+)+$/.test(source))
        source = source.split('/').join(' OR ');
    const tokens = source.match(/\(|\)|[^\s()]+/g) ?? [];
    const out = [];
    let i = 0;
    // expression := term ((AND | OR) term)*; term := '(' expression ')' | license ['+'] [WITH exception]
    const term = () => {
        const t = tokens[i];
        if (t === undefined)
            return false;
        if (t === '(') {
            out.push('(');
            i++;
            if (!expression() || tokens[i] !== ')')
                return false;
            out.push(')');
            i++;
            return true;
        }
        if (/^(AND|OR|WITH)$/i.test(t) || t === ')')
            return false;
        const plus = t.endsWith('+') && t.length > 1;
        const id = plus ? t.slice(0, -1) : t;
        const fixed = LICENSE_REF.test(id) ? id : fixupSpdxId(id);
        if (!fixed)
            return false;
        out.push(fixed + (plus ? '+' : ''));
        i++;
        if (tokens[i] && /^WITH$/i.test(tokens[i])) {
            const exception = tokens[i + 1] ? fixupSpdxId(tokens[i + 1]) : undefined;
            if (!exception)
                return false;
            out.push('WITH', exception);
            i += 2;
        }
        return true;
    };
    const expression = () => {
        if (!term())
            return false;
        while (tokens[i] && /^(AND|OR)$/i.test(tokens[i])) {
            out.push(tokens[i].toUpperCase());
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    if (!expression() || i !== tokens.length)
        return undefined;
    return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}
/** True when the expression is a single license id (CycloneDX then uses `license.id`, not `expression`). */
function isSingleLicenseId(expression) {
    return !/[\s()]/.test(expression) && !expression.endsWith('+');
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/cyclonedx.ts
// Sub-path imports: the package root also loads its validators, which locate schema files through
// __dirname (undefined in an ESM bundle); the schemas are bundled by ./schemas/cyclonedx.ts instead.






const ALGORITHMS = {
    'SHA-1': enums.HashAlgorithm['SHA-1'],
    'SHA-256': enums.HashAlgorithm['SHA-256'],
    'SHA-384': enums.HashAlgorithm['SHA-384'],
    'SHA-512': enums.HashAlgorithm['SHA-512']
};
// The library types purls as packageurl-js objects (an optional peer it does not bundle); it only
// ever calls toString() on them, so a string wrapper is enough.
function purlValue(purl) {
    return { toString: () => purl };
}
function licenses(text) {
    const repo = new models.LicenseRepository();
    const expression = normalizeLicense(text);
    if (!expression)
        return repo;
    if (isSingleLicenseId(expression))
        repo.add(new models.SpdxLicense(expression, { acknowledgement: enums.LicenseAcknowledgement.Declared }));
    else {
        const l = new models.LicenseExpression(expression);
        l.acknowledgement = enums.LicenseAcknowledgement.Declared;
        repo.add(l);
    }
    return repo;
}
function component(p, type, supplier) {
    const hashes = new models.HashDictionary(p.hashes.map((h) => [ALGORITHMS[h.alg], h.hex]));
    const properties = new models.PropertyRepository([
        ...(p.fileHashes ?? []).map((h) => new models.Property('release-kit:file-hash', h)),
        // The name a package is installed under is not its identity (the purl): it is said here.
        ...(p.aliases ?? []).map((a) => new models.Property('release-kit:npm-alias', a)),
        ...(p.localPath ? [new models.Property('release-kit:path', p.localPath)] : [])
    ]);
    const c = new models.Component(type, p.name, {
        bomRef: p.ref,
        version: p.version || undefined,
        purl: purlValue(p.purl),
        hashes,
        licenses: licenses(p.license),
        scope: p.dev ? enums.ComponentScope.Excluded : undefined,
        supplier: supplier ? new models.OrganizationalEntity({ name: supplier }) : undefined,
        properties
    });
    if (p.downloadLocation) {
        c.externalReferences.add(p.downloadLocation.startsWith('git+')
            ? new models.ExternalReference(p.downloadLocation, enums.ExternalReferenceType.VCS)
            : new models.ExternalReference(p.downloadLocation, enums.ExternalReferenceType.Distribution));
    }
    return c;
}
/**
 * Builds the CycloneDX 1.6 JSON document with the CycloneDX library: root as `metadata.component`,
 * one component per package (dev-only ones with scope `excluded`), artifacts as `file` components
 * with SHA-256, the dependency graph, and a serial number derived from the content.
 */
function cycloneDxJson(project) {
    const root = component(project.root, enums.ComponentType.Application, project.supplier);
    const bom = new models.Bom({
        metadata: new models.Metadata({
            timestamp: new Date(project.timestamp),
            component: root,
            tools: new models.Tools({
                components: new models.ComponentRepository([
                    new models.Component(enums.ComponentType.Application, project.tool.name, {
                        version: project.tool.version,
                        group: undefined
                    })
                ])
            }),
            authors: project.supplier
                ? new models.OrganizationalContactRepository([
                    new models.OrganizationalContact({ name: project.supplier })
                ])
                : undefined,
            supplier: project.supplier ? new models.OrganizationalEntity({ name: project.supplier }) : undefined
        })
    });
    const byRef = new Map([[project.root.ref, root]]);
    for (const p of project.packages) {
        const c = component(p, p.own ? enums.ComponentType.Application : enums.ComponentType.Library, p.own ? project.supplier : undefined);
        byRef.set(p.ref, c);
        bom.components.add(c);
    }
    for (const p of [project.root, ...project.packages]) {
        const c = byRef.get(p.ref);
        for (const d of p.dependencies) {
            const target = byRef.get(d);
            if (target)
                c.dependencies.add(target.bomRef);
        }
    }
    for (const a of project.artifacts) {
        const file = new models.Component(enums.ComponentType.File, a.name, {
            bomRef: `file:${a.name}`,
            hashes: new models.HashDictionary([
                [enums.HashAlgorithm['SHA-256'], a.sha256],
                [enums.HashAlgorithm['SHA-1'], a.sha1]
            ])
        });
        // Top-level `file` components, not dependencies: the files are what the root ships, not what it needs.
        bom.components.add(file);
    }
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot6));
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

;// CONCATENATED MODULE: ./actions/sbom-attach/src/purl.ts
// The purl spec percent-encodes everything but unreserved characters in names and versions; ':' is
// kept in versions by most implementations and packageurl-js, so it is kept here too.
function encode(part, keep = '') {
    return encodeURIComponent(part)
        .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
        .replace(/%3A/g, keep.includes(':') ? ':' : '%3A');
}
/** Normalises a Python project name as PEP 503 and the pypi purl type require. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Builds a package URL.
 * - npm: `@scope/name` becomes namespace `%40scope` (the `@` is percent-encoded, as the purl spec's npm examples
 *   show), lower-cased as the spec requires;
 * - pypi: the name is PEP 503-normalised;
 * - golang: the module path's segments before the last become the namespace;
 * - cargo: the crate name as is.
 */
function makePurl(ecosystem, name, version, qualifiers = {}) {
    let namespace = [];
    let base = name;
    switch (ecosystem) {
        case 'npm':
            // The purl spec lower-cases npm names (legacy packages such as `JSONStream` keep capitals in the registry).
            base = name.toLowerCase();
            if (name.startsWith('@') && name.includes('/')) {
                const slash = name.indexOf('/');
                namespace = [name.slice(0, slash).toLowerCase()];
                base = name.slice(slash + 1).toLowerCase();
            }
            break;
        case 'pypi':
            base = normalizePypiName(name);
            break;
        case 'golang': {
            const segments = name.split('/');
            base = segments.pop();
            namespace = segments;
            break;
        }
        case 'cargo':
        case 'generic':
            break;
    }
    let purl = `pkg:${ecosystem}/`;
    if (namespace.length)
        purl += namespace.map((s) => encode(s)).join('/') + '/';
    purl += encode(base);
    if (version)
        purl += '@' + encode(version, ':');
    const keys = Object.keys(qualifiers)
        .filter((k) => qualifiers[k] !== '')
        .sort();
    if (keys.length)
        purl += '?' + keys.map((k) => `${k}=${encode(qualifiers[k], ':')}`).join('&');
    return purl;
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/common.ts




/** A lockfile or manifest that cannot be read: names the file, the line when known, and why. */
class LockfileError extends errors/* ConfigurationError */.j1 {
    file;
    reason;
    line;
    constructor(file, reason, line) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.line = line;
        this.name = 'LockfileError';
    }
}
/** Reads a text file, turning a missing file into a LockfileError. */
function readText(file, display = file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').replace(/^\uFEFF/, '');
    }
    catch (e) {
        throw new LockfileError(display, `cannot be read (${e.code ?? String(e)})`);
    }
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** JSON.parse with the line of the error (Node 20 reports a position, Node 22+ a line). */
function parseJson(text, display) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const message = (0,errors/* getErrorMessage */.u1)(e);
        const lineCol = /line (\d+)/.exec(message);
        const pos = /position (\d+)/.exec(message);
        const line = lineCol ? Number(lineCol[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
        throw new LockfileError(display, `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`, line);
    }
}
/** TOML via smol-toml, with the line smol-toml reports. */
async function parseToml(text, display) {
    const { parse, TomlError } = await __webpack_require__.e(/* import() */ 3292).then(__webpack_require__.bind(__webpack_require__, 3292));
    try {
        return parse(text);
    }
    catch (e) {
        if (e instanceof TomlError) {
            const first = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new LockfileError(display, `is not valid TOML: ${first}`, e.line);
        }
        throw new LockfileError(display, `is not valid TOML: ${(0,errors/* getErrorMessage */.u1)(e)}`);
    }
}
/** YAML via `yaml`, with the line of the first error. */
async function parseYaml(text, display) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length) {
        const err = doc.errors[0];
        throw new LockfileError(display, `is not valid YAML: ${err.message.split('\n')[0]}`, err.linePos?.[0]?.line);
    }
    return doc.toJS({ maxAliasCount: -1 });
}
/** Reads an optional JSON manifest (package.json) beside a lockfile. */
function readJsonManifest(file, display) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const value = parseJson(readText(file, display), display);
    if (!value || typeof value !== 'object')
        throw new LockfileError(display, 'is not a JSON object');
    return value;
}
/** A package with its purl as ref. */
function newPackage(init) {
    const purl = makePurl(init.synthetic ? 'generic' : init.ecosystem, init.name, init.version || undefined, init.qualifiers);
    return {
        ref: purl,
        ecosystem: init.ecosystem,
        name: init.name,
        version: init.version,
        purl,
        hashes: init.hashes ?? [],
        license: init.license,
        downloadLocation: init.downloadLocation,
        dependencies: [],
        dev: init.dev ?? false,
        own: init.own,
        synthetic: init.synthetic
    };
}
/**
 * Marks as dev every package not reachable from the root or an own component through non-dev edges. `devEdges` holds
 * `from\0to` pairs that are development-only (a root's devDependencies, a crate's dev-dependencies).
 */
function markDevOnly(root, packages, devEdges) {
    // The project's own components (workspace members) ship whoever depends on them, even when the root
    // lists one only under devDependencies: what they need is production too.
    const own = [...packages.values()].filter((p) => p.own);
    const reached = new Set([root.ref, ...own.map((p) => p.ref)]);
    const queue = [root, ...own];
    while (queue.length) {
        const p = queue.pop();
        for (const d of p.dependencies) {
            if (reached.has(d) || devEdges.has(`${p.ref}\0${d}`))
                continue;
            const next = packages.get(d);
            if (!next)
                continue;
            reached.add(d);
            queue.push(next);
        }
    }
    for (const p of packages.values())
        p.dev = !reached.has(p.ref);
}
/**
 * Builds the result: packages deduplicated by purl (their edges merged), edges sorted and unique.
 * `entries` says where each lockfile entry went (see LockEntry); the coverage check relies on it.
 */
function finish(file, kind, root, packages, notes, entries) {
    const byRef = new Map();
    for (const p of packages) {
        if (p.ref === root.ref)
            continue;
        const seen = byRef.get(p.ref);
        if (seen) {
            seen.dependencies.push(...p.dependencies);
            seen.dev = seen.dev && p.dev;
            seen.hashes = mergeHashes(seen.hashes, p.hashes);
            seen.license ??= p.license;
            seen.aliases = mergeAliases(seen.aliases, p.aliases);
        }
        else
            byRef.set(p.ref, p);
    }
    for (const p of [root, ...byRef.values()]) {
        p.dependencies = [...new Set(p.dependencies)].filter((d) => d !== p.ref).sort();
    }
    return { file, kind, root, packages: [...byRef.values()], notes, entries };
}
/**
 * The hashes of two copies of one package (npm installs some copies with a SHA-1 integrity and others
 * with SHA-512): each algorithm's digest once, the first copy's when two disagree.
 */
function mergeHashes(a, b) {
    const out = [...a];
    for (const h of b)
        if (!out.some((x) => x.alg === h.alg))
            out.push(h);
    return out;
}
/** The union of two alias lists, sorted; undefined when both are empty. */
function mergeAliases(a, b) {
    const all = [...new Set([...(a ?? []), ...(b ?? [])])].sort();
    return all.length ? all : undefined;
}
/** The directory name as a fallback project name. */
function dirName(dir) {
    return external_node_path_default().basename(external_node_path_default().resolve(dir)) || 'project';
}

// EXTERNAL MODULE: ./packages/core/src/lockfile-discovery.ts
var lockfile_discovery = __webpack_require__(12479);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/discover.ts





/**
 * Resolves the lockfiles to read: the explicit list (each must exist and be a known kind), or the
 * known names found directly in the project root. Returns unsupported lockfiles found too.
 * @throws InputError for a missing file or an unknown kind in the explicit list.
 */
function findLockfiles(root, explicit) {
    if (explicit.length) {
        const lockfiles = [];
        const problems = [];
        for (const item of explicit) {
            const abs = external_node_path_default().resolve(root, item);
            const display = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/') || item;
            if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isFile()) {
                problems.push(`${JSON.stringify(item)} does not exist under ${root}`);
                continue;
            }
            const kind = (0,lockfile_discovery/* lockfileKind */.Wd)(abs);
            if (!kind) {
                problems.push(`${JSON.stringify(item)} is not a lockfile kind this action reads; accepted: ${lockfile_discovery/* LOCKFILE_NAMES */.dD.join(', ')} (requirements*.txt too)` +
                    (lockfile_discovery/* UNSUPPORTED_LOCKFILE_NAMES */.b8.includes(external_node_path_default().basename(abs))
                        ? ` — ${external_node_path_default().basename(abs)} is not supported yet`
                        : ''));
                continue;
            }
            lockfiles.push({ path: abs, display, kind });
        }
        if (problems.length)
            throw new errors/* InputError */.dz(inputs/* Inputs */.G0.Lockfiles, explicit.join('\n'), `${problems.join('; ')}.`);
        return { lockfiles, unsupported: [] };
    }
    return {
        lockfiles: (0,lockfile_discovery/* lockfilesIn */.QO)(root).map((l) => ({ path: l.path, display: l.name, kind: l.kind })),
        unsupported: (0,lockfile_discovery/* unsupportedLockfilesIn */.DH)(root)
    };
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/cargo.ts



const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';
function isCratesIo(source) {
    return source === CRATES_IO || source === CRATES_IO_SPARSE;
}
/** Names a manifest depends on, split into what ships and what only tests/benches/examples need. */
function manifestDeps(doc) {
    const prod = new Set();
    const dev = new Set();
    const add = (table, into) => {
        if (!table || typeof table !== 'object')
            return;
        // A renamed dependency (`alias = { package = "real" }`) appears in the lockfile under its real name.
        for (const [key, spec] of Object.entries(table))
            into.add(typeof spec === 'object' && spec?.package ? spec.package : key);
    };
    const scan = (t) => {
        add(t.dependencies, prod);
        add(t['build-dependencies'], prod);
        add(t['build_dependencies'], prod);
        add(t['dev-dependencies'], dev);
        add(t['dev_dependencies'], dev);
    };
    scan(doc);
    for (const target of Object.values(doc.target ?? {}))
        scan(target ?? {});
    return { prod, dev };
}
/** Expands `crates/*`-style member globs (Cargo supports `*` and `?` in a path segment). */
function expandMembers(root, patterns) {
    const out = [];
    for (const pattern of patterns) {
        let dirs = [root];
        for (const segment of pattern.split('/').filter((s) => s && s !== '.')) {
            if (!/[*?[]/.test(segment)) {
                dirs = dirs.map((d) => external_node_path_default().join(d, segment));
                continue;
            }
            const re = new RegExp('^' +
                segment
                    .replace(/[.+^${}()|\\]/g, '\\$&')
                    .replace(/\*/g, '.*')
                    .replace(/\?/g, '.') +
                '$');
            dirs = dirs.flatMap((d) => (0,external_node_fs_.existsSync)(d)
                ? (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })
                    .filter((e) => e.isDirectory() && re.test(e.name))
                    .map((e) => external_node_path_default().join(d, e.name))
                    .sort()
                : []);
        }
        out.push(...dirs.filter((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'Cargo.toml'))));
    }
    return [...new Set(out)];
}
/** `version.workspace = true` and friends: the value from `[workspace.package]`. */
function inherited(value, workspacePackage, key) {
    if (value && typeof value === 'object' && value.workspace === true) {
        const w = workspacePackage[key];
        return typeof w === 'string' ? w : undefined;
    }
    return typeof value === 'string' ? value : undefined;
}
/**
 * Parses `Cargo.lock` with the `Cargo.toml` beside it (workspace members included).
 * The lockfile does not tell dev-dependencies apart, so the members' manifests decide which first
 * edges are dev-only; everything reachable only through those is dev.
 */
async function parseCargo(lockPath, display) {
    const dir = external_node_path_default().dirname(lockPath);
    const lock = await parseToml(readText(lockPath, display), display);
    const rawPackages = lock.package;
    if (!Array.isArray(rawPackages))
        throw new LockfileError(display, 'has no [[package]] entries');
    const manifestPath = external_node_path_default().join(dir, 'Cargo.toml');
    const manifestDisplay = external_node_path_default().join(external_node_path_default().dirname(display), 'Cargo.toml');
    const rootManifest = (0,external_node_fs_.existsSync)(manifestPath)
        ? {
            file: manifestDisplay,
            doc: await parseToml(readText(manifestPath, manifestDisplay), manifestDisplay)
        }
        : undefined;
    const workspace = (rootManifest?.doc.workspace ?? {});
    const workspacePackage = (workspace.package ?? {});
    const members = [];
    if (rootManifest?.doc.package)
        members.push(rootManifest);
    if (Array.isArray(workspace.members)) {
        const excluded = new Set((workspace.exclude ?? []).map((e) => external_node_path_default().join(dir, e)));
        for (const memberDir of expandMembers(dir, workspace.members)) {
            if (memberDir === dir || excluded.has(memberDir))
                continue;
            const file = external_node_path_default().join(external_node_path_default().dirname(display), external_node_path_default().relative(dir, memberDir), 'Cargo.toml');
            members.push({ file, doc: await parseToml(readText(external_node_path_default().join(memberDir, 'Cargo.toml'), file), file) });
        }
    }
    const memberInfo = new Map();
    for (const m of members) {
        const p = m.doc.package ?? {};
        if (typeof p.name === 'string') {
            memberInfo.set(p.name, {
                license: inherited(p.license, workspacePackage, 'license'),
                deps: manifestDeps(m.doc)
            });
        }
    }
    const crates = [];
    rawPackages.forEach((raw, i) => {
        if (!raw || typeof raw.name !== 'string' || typeof raw.version !== 'string') {
            throw new LockfileError(display, `[[package]] entry ${i + 1} lacks a name or version`);
        }
        const source = typeof raw.source === 'string' ? raw.source : undefined;
        // Version 1 lockfiles keep checksums in [metadata] instead of on each package.
        const legacyKey = `checksum ${raw.name} ${raw.version} (${source})`;
        const checksum = raw.checksum ?? lock.metadata?.[legacyKey];
        const own = !source && memberInfo.has(raw.name);
        const qualifiers = {};
        let downloadLocation;
        if (source && !isCratesIo(source)) {
            if (source.startsWith('git+')) {
                // `git+<url>?rev=…#<commit>` → the SPDX/purl VCS form `git+<url>@<commit>`.
                const [url, commit] = source.slice(4).split('#');
                downloadLocation = `git+${url.replace(/\?.*$/, '')}${commit ? `@${commit}` : ''}`;
                qualifiers.vcs_url = downloadLocation;
            }
            else
                qualifiers.repository_url = source.replace(/^(registry|sparse)\+/, '');
        }
        else if (source) {
            downloadLocation = `https://static.crates.io/crates/${raw.name}/${raw.name}-${raw.version}.crate`;
        }
        const pkg = newPackage({
            ecosystem: 'cargo',
            name: raw.name,
            version: raw.version,
            hashes: /^[0-9a-f]{64}$/i.test(checksum ?? '')
                ? [{ alg: 'SHA-256', hex: checksum.toLowerCase() }]
                : [],
            license: own ? memberInfo.get(raw.name).license : undefined,
            downloadLocation,
            qualifiers,
            own
        });
        crates.push({
            name: raw.name,
            version: raw.version,
            source,
            checksum,
            dependencies: raw.dependencies ?? [],
            pkg
        });
    });
    // Dependency strings are `name`, `name version` or `name version (source)`, as short as unambiguous.
    const resolve = (spec, from) => {
        const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(spec);
        const hits = m
            ? crates.filter((c) => c.name === m[1] && (!m[2] || c.version === m[2]) && (!m[3] || c.source === m[3]))
            : [];
        if (hits.length !== 1) {
            throw new LockfileError(display, `dependency ${JSON.stringify(spec)} of ${from.name} ${from.version} ${hits.length ? 'is ambiguous' : 'matches no [[package]]'}`);
        }
        return hits[0];
    };
    const devEdges = new Set();
    for (const c of crates) {
        const info = c.pkg.own ? memberInfo.get(c.name) : undefined;
        for (const spec of c.dependencies) {
            const target = resolve(spec, c);
            c.pkg.dependencies.push(target.pkg.ref);
            if (info && !info.deps.prod.has(target.name) && info.deps.dev.has(target.name))
                devEdges.add(`${c.pkg.ref}\0${target.pkg.ref}`);
        }
    }
    const ownCrates = crates.filter((c) => c.pkg.own);
    const rootPackage = rootManifest?.doc.package;
    let root;
    if (rootPackage?.name && ownCrates.some((c) => c.name === rootPackage.name)) {
        root = ownCrates.find((c) => c.name === rootPackage.name).pkg;
    }
    else {
        // A virtual workspace has no package of its own: the root is the workspace, depending on its members.
        root = newPackage({
            ecosystem: 'cargo',
            name: dirName(dir),
            synthetic: true,
            version: typeof workspacePackage.version === 'string' ? workspacePackage.version : '',
            license: typeof workspacePackage.license === 'string' ? workspacePackage.license : undefined,
            own: true
        });
    }
    // The root stands for the whole workspace: every member belongs to it, dependency or not.
    root.dependencies.push(...ownCrates.filter((c) => c.pkg !== root).map((c) => c.pkg.ref));
    if (!ownCrates.length) {
        // Without manifests, the crates nothing else depends on are the project's direct dependencies.
        const depended = new Set(crates.flatMap((c) => c.pkg.dependencies));
        root.dependencies.push(...crates.filter((c) => !depended.has(c.pkg.ref)).map((c) => c.pkg.ref));
    }
    const all = new Map(crates.map((c) => [c.pkg.ref, c.pkg]));
    markDevOnly(root, all, devEdges);
    const notes = members.length
        ? []
        : [`${display}: no Cargo.toml beside it, so dev-dependencies cannot be told apart`];
    return finish(display, 'cargo', root, crates.map((c) => c.pkg), notes, crates.map((c) => ({ key: `${c.name} ${c.version}`, ref: c.pkg.ref })));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/go.ts



/** Strips a `// comment` and unquotes Go's quoted module paths. */
function fields(line) {
    const i = line.indexOf('//');
    const body = i >= 0 ? line.slice(0, i) : line;
    const comment = i >= 0 ? line.slice(i + 2).trim() : '';
    const words = (body.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? []).map((w) => w.startsWith('"') ? JSON.parse(w) : w.startsWith('`') ? w.slice(1, -1) : w);
    return { words, comment };
}
/**
 * Parses `go.mod` (module, require, replace, exclude; single lines and blocks) and checks the
 * requirements against `go.sum` beside it. go.sum's `h1:` digests hash a module's file tree, not a
 * downloadable file, so they are not reported as package hashes. go.mod lists the build list's
 * modules without their graph: the root depends on each.
 */
async function parseGoMod(modPath, display) {
    const text = readText(modPath, display);
    let modulePath;
    const requires = [];
    const replaces = new Map();
    let block;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const { words, comment } = fields(raw);
        if (!words.length)
            return;
        if (block) {
            if (words[0] === ')') {
                block = undefined;
                return;
            }
            directive(block, words, comment, line);
            return;
        }
        const [verb, ...rest] = words;
        if (rest[0] === '(' && rest.length === 1) {
            block = verb;
            return;
        }
        directive(verb, rest, comment, line);
    });
    if (block)
        throw new LockfileError(display, `the ${block} ( block is not closed`);
    function directive(verb, args, comment, line) {
        switch (verb) {
            case 'module':
                if (args.length !== 1)
                    throw new LockfileError(display, 'module needs exactly one path', line);
                modulePath = args[0];
                return;
            case 'require':
                if (args.length !== 2 || !/^v\d/.test(args[1]))
                    throw new LockfileError(display, `require needs a module path and a version like v1.2.3, found ${JSON.stringify(args.join(' '))}`, line);
                requires.push({ path: args[0], version: args[1], line, indirect: /\bindirect\b/.test(comment) });
                return;
            case 'replace': {
                const arrow = args.indexOf('=>');
                if (arrow < 1 || arrow === args.length - 1)
                    throw new LockfileError(display, 'replace needs `old [version] => new [version]`', line);
                replaces.set(args[0] + (arrow === 2 ? '@' + args[1] : ''), {
                    path: args[arrow + 1],
                    version: args[arrow + 2],
                    line
                });
                return;
            }
            case 'go':
            case 'toolchain':
            case 'exclude':
            case 'retract':
            case 'godebug':
            case 'tool':
            case 'ignore':
                return;
            default:
                throw new LockfileError(display, `unknown directive ${JSON.stringify(verb)}`, line);
        }
    }
    if (!modulePath)
        throw new LockfileError(display, 'has no module directive');
    const sumPath = external_node_path_default().join(external_node_path_default().dirname(modPath), 'go.sum');
    const sumDisplay = external_node_path_default().join(external_node_path_default().dirname(display), 'go.sum');
    const summed = new Set();
    if ((0,external_node_fs_.existsSync)(sumPath)) {
        readText(sumPath, sumDisplay)
            .split(/\r?\n/)
            .forEach((raw, i) => {
            if (!raw.trim())
                return;
            const parts = raw.trim().split(/\s+/);
            if (parts.length !== 3 || !/^h\d+:[A-Za-z0-9+/=]+$/.test(parts[2]))
                throw new LockfileError(sumDisplay, `expected 'module version h1:hash', found ${JSON.stringify(raw.trim())}`, i + 1);
            summed.add(`${parts[0]}@${parts[1].replace(/\/go\.mod$/, '')}`);
        });
    }
    const notes = [];
    const root = newPackage({ ecosystem: 'golang', name: modulePath, version: '', own: true });
    const packages = [];
    for (const r of requires) {
        const replacement = replaces.get(`${r.path}@${r.version}`) ?? replaces.get(r.path);
        let name = r.path;
        let version = r.version;
        if (replacement) {
            if (replacement.path.startsWith('.') || replacement.path.startsWith('/')) {
                notes.push(`${display}:${replacement.line}: ${r.path} is replaced by the local directory ${replacement.path}; listed under its required version`);
            }
            else if (replacement.version) {
                name = replacement.path;
                version = replacement.version;
            }
        }
        if (summed.size && !summed.has(`${name}@${version}`) && !(replacement && !replacement.version)) {
            notes.push(`${sumDisplay}: has no entry for ${name} ${version} (run go mod tidy)`);
        }
        const pkg = newPackage({ ecosystem: 'golang', name, version });
        packages.push(pkg);
        root.dependencies.push(pkg.ref);
    }
    if (!(0,external_node_fs_.existsSync)(sumPath) && requires.length)
        notes.push(`${display}: no go.sum beside it; requirements are not cross-checked`);
    return finish(display, 'gomod', root, packages, notes, packages.map((p) => ({ key: `${p.name} ${p.version}`, ref: p.ref })));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/hashes.ts
const SRI_ALGORITHMS = {
    sha1: 'SHA-1',
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512'
};
const HEX_LENGTH = {
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128
};
/**
 * Converts a Subresource Integrity string (npm's `integrity`: `sha512-<base64>`, possibly several
 * separated by spaces) into hex digests with their algorithm. Unknown algorithms and digests of the
 * wrong length are dropped rather than guessed.
 */
function integrityToHashes(integrity) {
    if (!integrity)
        return [];
    const out = [];
    for (const token of integrity.trim().split(/\s+/)) {
        const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)(?:\?.*)?$/.exec(token);
        if (!m)
            continue;
        const alg = SRI_ALGORITHMS[m[1]];
        const hex = Buffer.from(m[2].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex');
        if (hex.length === HEX_LENGTH[alg])
            out.push({ alg, hex });
    }
    return uniqueHashes(out);
}
/** Parses `sha256:<hex>` (poetry, uv, pip `--hash`). */
function prefixedHexToHash(text) {
    const m = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec((text ?? '').trim());
    if (!m)
        return undefined;
    const alg = SRI_ALGORITHMS[m[1]];
    const hex = m[2].toLowerCase();
    return hex.length === HEX_LENGTH[alg] ? { alg, hex } : undefined;
}
/** One hash per algorithm (CycloneDX keys hashes by algorithm), strongest first. */
function uniqueHashes(hashes) {
    const byAlg = new Map();
    for (const h of hashes)
        if (!byAlg.has(h.alg))
            byAlg.set(h.alg, h.hex);
    const order = ['SHA-512', 'SHA-384', 'SHA-256', 'SHA-1'];
    return order.filter((a) => byAlg.has(a)).map((alg) => ({ alg, hex: byAlg.get(alg) }));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/npm.ts



const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'];
/** The package name a `node_modules/...` key installs, `@scope/name` included. */
function nameFromKey(key) {
    const i = key.lastIndexOf('node_modules/');
    return i >= 0 ? key.slice(i + 'node_modules/'.length) : external_node_path_default().posix.basename(key);
}
/** A readable license from the lockfile's `license` (a string, or the legacy `{type}` object). */
function licenseOf(entry) {
    const l = entry.license ?? entry.licenses;
    if (typeof l === 'string')
        return l;
    if (l && typeof l === 'object' && !Array.isArray(l) && typeof l.type === 'string')
        return l.type;
    if (Array.isArray(l)) {
        const types = l
            .map((x) => (typeof x === 'string' ? x : x?.type))
            .filter((x) => typeof x === 'string');
        return types.length ? types.join(' OR ') : undefined;
    }
    return undefined;
}
/**
 * Parses `package-lock.json` / `npm-shrinkwrap.json` (lockfileVersion 2 and 3: the `packages` map).
 * Edges follow Node's resolution: a dependency of `node_modules/a` is looked up in
 * `node_modules/a/node_modules/<dep>` first, then upwards. npm's own `dev` flag decides dev-only packages.
 */
async function parseNpm(lockPath, display) {
    const lock = parseJson(readText(lockPath, display), display);
    if (!lock || typeof lock !== 'object')
        throw new LockfileError(display, 'is not a JSON object');
    const version = lock.lockfileVersion;
    if (version !== 2 && version !== 3) {
        throw new LockfileError(display, `lockfileVersion ${JSON.stringify(version)} is not supported; versions 2 and 3 are (regenerate it with npm 7 or later: npm install --package-lock-only)`);
    }
    const entries = lock.packages;
    if (!entries || typeof entries !== 'object')
        throw new LockfileError(display, 'has no "packages" map');
    const rootEntry = entries[''] ?? {};
    const notes = [];
    const byKey = new Map();
    const rootName = rootEntry.name ?? lock.name ?? dirName(external_node_path_default().dirname(lockPath));
    const root = newPackage({
        ecosystem: 'npm',
        name: rootName,
        version: rootEntry.version ?? lock.version ?? '',
        license: licenseOf(rootEntry),
        own: true,
        synthetic: !rootEntry.name && !lock.name
    });
    byKey.set('', root);
    const placed = [];
    for (const [key, entry] of Object.entries(entries)) {
        if (key === '' || !entry || typeof entry !== 'object')
            continue;
        if (entry.link) {
            // `node_modules/foo` → `packages/foo`: the member's folder entry is the component.
            placed.push({ key, reason: 'link' });
            continue;
        }
        if (!key.includes('node_modules/')) {
            // A workspace member's own folder (`packages/foo`): the project's code.
            byKey.set(key, newPackage({
                ecosystem: 'npm',
                name: entry.name ?? external_node_path_default().posix.basename(key),
                version: entry.version ?? '',
                license: licenseOf(entry),
                own: true
            }));
            byKey.get(key).localPath = key;
            continue;
        }
        if (typeof entry.version !== 'string') {
            throw new LockfileError(display, `package ${JSON.stringify(key)} has no version`);
        }
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
        byKey.set(key, newPackage({
            ecosystem: 'npm',
            name: entry.name ?? nameFromKey(key),
            version: entry.version,
            hashes: integrityToHashes(entry.integrity),
            license: licenseOf(entry),
            downloadLocation: resolved && /^https?:\/\//.test(resolved) ? resolved : undefined,
            dev: entry.dev === true
        }));
        // An alias (`"string-width-cjs": "npm:string-width@^4"`) is installed under its key's name.
        if (entry.name && entry.name !== nameFromKey(key))
            byKey.get(key).aliases = [nameFromKey(key)];
    }
    // Links (`node_modules/foo` → `packages/foo`) resolve to their target's package.
    const linkTarget = (key) => {
        const entry = entries[key];
        if (entry?.link && typeof entry.resolved === 'string')
            return entry.resolved;
        return byKey.has(key) ? key : undefined;
    };
    const resolveDep = (fromKey, dep) => {
        let base = fromKey;
        for (;;) {
            const candidate = (base ? `${base}/` : '') + `node_modules/${dep}`;
            if (entries[candidate])
                return linkTarget(candidate);
            if (!base)
                return undefined;
            const i = base.lastIndexOf('node_modules/');
            base = i > 0 ? base.slice(0, i - 1) : '';
        }
    };
    for (const [key, pkg] of byKey) {
        const entry = key === '' ? rootEntry : entries[key];
        for (const field of DEP_FIELDS) {
            for (const dep of Object.keys(entry[field] ?? {})) {
                const target = resolveDep(key, dep);
                const targetPkg = target !== undefined ? byKey.get(target) : undefined;
                if (!targetPkg) {
                    // Optional and peer dependencies may legitimately be absent (another platform, not installed).
                    if (field === 'dependencies')
                        notes.push(`${display}: ${pkg.name} depends on ${dep}, which is not in the lockfile`);
                    continue;
                }
                pkg.dependencies.push(targetPkg.ref);
            }
        }
    }
    // Workspace members are the project's own code: never dev-only, and the root stands for them.
    for (const [key, pkg] of byKey)
        if (pkg.own && key !== '')
            root.dependencies.push(pkg.ref);
    for (const [key, pkg] of byKey)
        if (key !== '')
            placed.push({ key, ref: pkg.ref });
    return finish(display, 'npm', root, [...byKey.values()].filter((p) => p !== root), notes, placed);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/npm-project.ts


/** A package.json's `license` when it is the plain SPDX string. */
function npm_project_licenseOf(manifest) {
    return typeof manifest.license === 'string' ? manifest.license : undefined;
}
/**
 * The `package.json` of the project a yarn or pnpm lockfile belongs to (`member` = a workspace
 * directory relative to the lockfile); an empty object when there is none.
 */
function readPackageJson(lockPath, display, member = '.') {
    return (readJsonManifest(external_node_path_default().join(external_node_path_default().dirname(lockPath), member, 'package.json'), external_node_path_default().join(external_node_path_default().dirname(display), member, 'package.json')) ?? {});
}
/** The root package of a yarn or pnpm lockfile, named by package.json or, without one, by the directory. */
function npmRootPackage(lockPath, manifest) {
    return newPackage({
        ecosystem: 'npm',
        name: manifest.name ?? dirName(external_node_path_default().dirname(lockPath)),
        version: manifest.version ?? '',
        license: npm_project_licenseOf(manifest),
        own: true,
        synthetic: !manifest.name
    });
}
/** The package.json fields whose packages ship with the package. */
const PROD_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * A package.json's edges (the root's or a workspace member's), resolved through `lookup(name, range)`;
 * an edge named only under devDependencies is remembered in `devEdges` (a name under both ships).
 */
function rootEdges(root, manifest, lookup, devEdges) {
    const prod = new Set(PROD_FIELDS.flatMap((f) => Object.keys(manifest[f] ?? {})));
    for (const field of [...PROD_FIELDS, 'devDependencies']) {
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
            const target = lookup(name, String(range));
            if (!target || target === root)
                continue;
            root.dependencies.push(target.ref);
            if (field === 'devDependencies' && !prod.has(name))
                devEdges.add(`${root.ref}\0${target.ref}`);
        }
    }
}
/**
 * A workspace member (a directory of the project, `dir` relative to the lockfile's folder) as a
 * component: named and versioned by its package.json (unnamed: `pkg:generic/<folder>`), linked by its
 * path, never a registry download.
 */
function memberPackage(dir, manifest) {
    const pkg = newPackage({
        ecosystem: 'npm',
        name: typeof manifest.name === 'string' ? manifest.name : external_node_path_default().posix.basename(dir),
        version: typeof manifest.version === 'string' ? manifest.version : '',
        license: npm_project_licenseOf(manifest),
        own: true,
        // A directory whose package.json has no name claims no npm package: generic, named by its folder.
        synthetic: typeof manifest.name !== 'string'
    });
    pkg.localPath = dir;
    return pkg;
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/pnpm.ts




const pnpm_DEP_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'];
/** `4.3.4(supports-color@8.1.1)` → `4.3.4`: pnpm appends the peers a copy was resolved with. */
function stripPeers(version) {
    const i = version.indexOf('(');
    return i >= 0 ? version.slice(0, i) : version;
}
/** Splits a package key (`/@scope/name@1.0.0`, `name@1.0.0(peer@1)`, v5 `/name/1.0.0`) into name and version. */
function splitKey(key, v5) {
    const k = stripPeers(key.replace(/^\//, ''));
    if (v5) {
        if (k.startsWith('file:'))
            return { name: '', version: k };
        const i = k.lastIndexOf('/');
        return i > 0 ? { name: k.slice(0, i), version: k.slice(i + 1).replace(/_.*$/, '') } : undefined;
    }
    // The name ends at the first '@' after a scope's; the version may hold more (`file:a@b`, tarball URLs).
    const at = k.indexOf('@', 1);
    return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
}
/**
 * Parses `pnpm-lock.yaml` (lockfile versions 5.x, 6.x and 9.x). Dependency versions in the lock
 * are plain versions (`4.3.4`), versions with peers, aliases (`npm:pkg@1.0.0`, v9 `pkg@1.0.0`), or
 * directories of the project: `link:<dir>` (relative to the importer) and `file:<dir>` packages
 * (relative to the lockfile, `resolution: {type: directory}`). A directory is a component of the
 * project linked by its path, the same component as the importer at that path, never a registry
 * package with a `file:` version; its edges are kept.
 */
async function parsePnpm(lockPath, display) {
    const lock = await parseYaml(readText(lockPath, display), display);
    if (!lock || typeof lock !== 'object')
        throw new LockfileError(display, 'is not a YAML mapping');
    const lockVersion = String(lock.lockfileVersion ?? '');
    const major = Number.parseInt(lockVersion, 10);
    if (!(major >= 5 && major <= 9))
        throw new LockfileError(display, `lockfileVersion ${JSON.stringify(lock.lockfileVersion)} is not supported; 5.x, 6.x and 9.x are`);
    const v5 = major === 5;
    const root = npmRootPackage(lockPath, readPackageJson(lockPath, display));
    const packages = new Map();
    const byKey = new Map();
    const locals = new Map();
    const meta = (lock.packages ?? {});
    // v9 keeps resolution metadata in `packages` and the graph in `snapshots`; earlier versions hold both in `packages`.
    const graph = (major >= 9 ? lock.snapshots : lock.packages) ?? {};
    const keyFor = (name, version) => major >= 9 ? `${name}@${version}` : v5 ? `/${name}/${version}` : `/${name}@${version}`;
    /** The project component of a directory (relative to the lockfile's folder), made once. */
    const local = (dir) => {
        const clean = external_node_path_default().posix.normalize(dir).replace(/^\.\/|\/$/g, '') || '.';
        if (clean === '.')
            return root;
        const existing = locals.get(clean);
        if (existing)
            return existing;
        const m = readPackageJson(lockPath, display, clean);
        const pkg = memberPackage(clean, m);
        // pnpm lets two directories carry the same name and version (test fixtures do): they stay two
        // components, the later one told apart by its path in its bom-ref.
        if (packages.has(pkg.ref))
            pkg.ref = `${pkg.purl}#${clean}`;
        locals.set(clean, pkg);
        packages.set(pkg.ref, pkg);
        return pkg;
    };
    const pkgFor = (key) => {
        const existing = byKey.get(key);
        if (existing)
            return existing;
        const parts = splitKey(key, v5);
        if (!parts)
            return undefined;
        const metaKey = major >= 9 ? stripPeers(key) : key;
        const m = meta[metaKey] ?? meta[key] ?? {};
        const resolution = m.resolution ?? {};
        if (parts.version.startsWith('file:') || resolution.type === 'directory') {
            const dir = typeof resolution.directory === 'string' ? resolution.directory : parts.version.slice(5);
            byKey.set(key, local(dir));
            return byKey.get(key);
        }
        const pkg = newPackage({
            ecosystem: 'npm',
            name: m.name ?? parts.name,
            version: m.version ?? parts.version,
            hashes: integrityToHashes(resolution.integrity),
            downloadLocation: typeof resolution.tarball === 'string' && /^https?:/.test(resolution.tarball)
                ? resolution.tarball
                : undefined
        });
        byKey.set(key, packages.get(pkg.ref) ?? pkg);
        packages.set(pkg.ref, byKey.get(key));
        return byKey.get(key);
    };
    /**
     * A dependency's version: `1.0.0`, `1.0.0(peer@1)`, `/other@1.0.0` (v6 alias), `other@1.0.0` (v9
     * alias), `link:<dir>` (relative to `fromDir`) or `file:<dir>` (a package key of its own).
     */
    const depTarget = (name, ref, fromDir) => {
        if (typeof ref !== 'string' && typeof ref !== 'number')
            return undefined;
        const value = String(ref);
        if (value.startsWith('link:'))
            return local(external_node_path_default().posix.join(fromDir, value.slice(5)));
        if (value.startsWith('workspace:'))
            return undefined;
        if (value.startsWith('/'))
            return pkgFor(value);
        if (!/^\d/.test(value) && !value.startsWith('file:') && value.indexOf('@', 1) > 0)
            return pkgFor(major >= 9 ? value : `/${value}`);
        return pkgFor(keyFor(name, value));
    };
    const entries = [];
    for (const key of Object.keys(graph)) {
        const pkg = pkgFor(key);
        if (!pkg)
            throw new LockfileError(display, `package key ${JSON.stringify(key)} has no name@version`);
        entries.push({ key, ref: pkg.ref });
    }
    for (const [key, entry] of Object.entries(graph)) {
        const pkg = byKey.get(key);
        for (const field of ['dependencies', 'optionalDependencies']) {
            for (const [name, ref] of Object.entries(entry?.[field] ?? {})) {
                const target = depTarget(name, ref, '.');
                if (target && target !== pkg)
                    pkg.dependencies.push(target.ref);
            }
        }
    }
    const devEdges = new Set();
    // Importers: `.` for the root, other paths for workspace packages; v5/v6 single projects keep them at the top level.
    const importers = lock.importers ?? { '.': lock };
    const members = [];
    for (const [importerPath, importer] of Object.entries(importers)) {
        const owner = local(importerPath);
        if (owner !== root) {
            members.push(owner);
            root.dependencies.push(owner.ref);
        }
        entries.push(owner === root
            ? { key: `importer ${importerPath}`, reason: 'workspace-member' }
            : { key: `importer ${importerPath}`, ref: owner.ref });
        const prod = new Set(pnpm_DEP_FIELDS.filter((f) => f !== 'devDependencies').flatMap((f) => Object.keys(importer?.[f] ?? {})));
        for (const field of pnpm_DEP_FIELDS) {
            for (const [name, spec] of Object.entries(importer?.[field] ?? {})) {
                // v6+/v9 write `{ specifier, version }`; v5 writes the version alone.
                const version = typeof spec === 'object' && spec ? spec.version : spec;
                const target = depTarget(name, version, importerPath);
                if (!target || target === owner)
                    continue;
                owner.dependencies.push(target.ref);
                if (field === 'devDependencies' && !prod.has(name))
                    devEdges.add(`${owner.ref}\0${target.ref}`);
            }
        }
    }
    markDevOnly(root, packages, devEdges);
    for (const m of members)
        m.dev = false;
    return finish(display, 'pnpm', root, packages.values(), [], entries);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/python-hashes.ts

/**
 * The hash to report for a Python package that lists several distribution files: the sdist's when
 * there is one (the source every wheel is built from), else the only file's. Several wheels and no
 * sdist leave it out: no single file is "the" package.
 */
function pythonPackageHash(files) {
    const sdist = files.find((f) => /\.(tar\.gz|zip|tar\.bz2)$/.test(f.name));
    const chosen = sdist ?? (files.length === 1 ? files[0] : undefined);
    const h = prefixedHexToHash(chosen?.hash);
    return h ? [h] : [];
}
/** Digests as `sha256:<hex>` labels, unique and sorted: how a package's several file hashes are kept. */
function fileHashLabels(hashes) {
    return [...new Set(hashes.map((h) => `${h.alg.replace('-', '').toLowerCase()}:${h.hex}`))].sort();
}
/** Every listed file's digest, `sha256:<hex>`, when there are several files. */
function fileHashes(files) {
    if (files.length < 2)
        return undefined;
    const out = files.map((f) => prefixedHexToHash(f.hash)).filter((h) => h !== undefined);
    return out.length ? fileHashLabels(out) : undefined;
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/python-project.ts




/** The distribution name of a PEP 508 requirement string (`requests[socks]>=2; python_version>"3"`). */
function requirementName(spec) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
    return m ? normalizePypiName(m[1]) : undefined;
}
function licenseText(value) {
    if (typeof value === 'string')
        return value;
    if (value && typeof value === 'object' && typeof value.text === 'string')
        return value.text;
    return undefined;
}
/** Reads pyproject.toml ([project] per PEP 621, [tool.poetry], PEP 735 [dependency-groups]) beside a lockfile. */
async function readPythonProject(dir, displayDir) {
    const file = external_node_path_default().join(dir, 'pyproject.toml');
    const out = {
        name: dirName(dir),
        version: '',
        named: false,
        prod: new Set(),
        dev: new Set(),
        found: false
    };
    if (!(0,external_node_fs_.existsSync)(file))
        return out;
    const display = external_node_path_default().join(displayDir, 'pyproject.toml');
    const doc = await parseToml(readText(file, display), display);
    out.found = true;
    const project = doc.project ?? {};
    const poetry = doc.tool?.poetry ?? {};
    out.named = typeof (project.name ?? poetry.name) === 'string';
    out.name = project.name ?? poetry.name ?? out.name;
    out.version = project.version ?? poetry.version ?? '';
    out.license = licenseText(project.license) ?? licenseText(poetry.license);
    const addSpecs = (list, into) => {
        if (!Array.isArray(list))
            return;
        for (const s of list) {
            const n = typeof s === 'string' ? requirementName(s) : undefined;
            if (n)
                into.add(n);
        }
    };
    const addKeys = (table, into) => {
        for (const k of Object.keys(table ?? {}))
            if (k.toLowerCase() !== 'python')
                into.add(normalizePypiName(k));
    };
    addSpecs(project.dependencies, out.prod);
    for (const extra of Object.values(project['optional-dependencies'] ?? {}))
        addSpecs(extra, out.prod);
    addKeys(poetry.dependencies, out.prod);
    addKeys(poetry['dev-dependencies'], out.dev);
    for (const [group, spec] of Object.entries(poetry.group ?? {}))
        addKeys(spec?.dependencies, group === 'main' ? out.prod : out.dev);
    for (const group of Object.values(doc['dependency-groups'] ?? {}))
        addSpecs(group, out.dev);
    addSpecs(doc.tool?.uv?.['dev-dependencies'], out.dev);
    return out;
}
/** The root package of a Python lockfile, as pyproject.toml (or, without one, the directory) names it. */
function pythonRootPackage(project) {
    return newPackage({
        ecosystem: 'pypi',
        name: project.name,
        version: project.version,
        license: project.license,
        own: true,
        synthetic: !project.named
    });
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/python-sources.ts
/** A git source: repository URL without query or fragment, and the resolved commit. */
function gitSource(repository, commit) {
    const url = repository.replace(/^git\+/, '').replace(/[?#].*$/, '');
    const location = `git+${url}${commit ? `@${commit}` : ''}`;
    return { qualifiers: { vcs_url: location }, downloadLocation: location };
}
/**
 * poetry.lock's `[package.source]`: `git` (url + resolved_reference), `url` (an archive), `legacy`
 * (another index). `directory`/`file` sources are local paths: no qualifier can make them a registry
 * package, so they keep the plain purl and are reported in the notes by the caller.
 */
function poetrySource(source) {
    if (!source || typeof source.url !== 'string')
        return { qualifiers: {} };
    if (source.type === 'git')
        return gitSource(source.url, typeof source.resolved_reference === 'string' ? source.resolved_reference : undefined);
    if (source.type === 'url')
        return { qualifiers: { download_url: source.url }, downloadLocation: source.url };
    if (source.type === 'legacy')
        return { qualifiers: { repository_url: source.url } };
    return { qualifiers: {} };
}
/**
 * uv.lock's `source`: `{ git = "<url>?rev=…#<commit>" }`, `{ url = "<archive>" }`, `{ registry = … }`
 * (PyPI itself needs no qualifier).
 */
function uvSource(source) {
    if (!source)
        return { qualifiers: {} };
    if (typeof source.git === 'string') {
        const hash = source.git.indexOf('#');
        return gitSource(source.git, hash >= 0 ? source.git.slice(hash + 1) : undefined);
    }
    if (typeof source.url === 'string')
        return { qualifiers: { download_url: source.url }, downloadLocation: source.url };
    if (typeof source.registry === 'string' && !/^https:\/\/pypi\.org\/simple\/?$/.test(source.registry))
        return { qualifiers: { repository_url: source.registry } };
    return { qualifiers: {} };
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/poetry.ts






/**
 * Parses `poetry.lock` (Poetry 1.x `category` and 2.x `groups`) with `pyproject.toml` for the root.
 * Without either marker, dev-only packages come from the pyproject's dev groups through the graph.
 */
async function parsePoetry(lockPath, display) {
    const lock = await parseToml(readText(lockPath, display), display);
    if (!Array.isArray(lock.package))
        throw new LockfileError(display, 'has no [[package]] entries');
    const project = await readPythonProject(external_node_path_default().dirname(lockPath), external_node_path_default().dirname(display));
    const root = pythonRootPackage(project);
    const byName = new Map();
    const flags = new Map();
    const rawDeps = new Map();
    lock.package.forEach((raw, i) => {
        if (typeof raw?.name !== 'string' || typeof raw?.version !== 'string')
            throw new LockfileError(display, `[[package]] entry ${i + 1} lacks a name or version`);
        const files = Array.isArray(raw.files)
            ? raw.files.map((f) => ({ name: String(f.file ?? ''), hash: f.hash }))
            : [];
        const { qualifiers, downloadLocation } = poetrySource(raw.source);
        const pkg = newPackage({
            ecosystem: 'pypi',
            name: raw.name,
            version: raw.version,
            hashes: pythonPackageHash(files),
            qualifiers,
            downloadLocation
        });
        pkg.fileHashes = fileHashes(files);
        byName.set(normalizePypiName(raw.name), pkg);
        const groups = Array.isArray(raw.groups) ? raw.groups : undefined;
        flags.set(pkg, groups ? !groups.includes('main') : raw.category !== undefined ? raw.category === 'dev' : undefined);
        rawDeps.set(pkg, Object.keys(raw.dependencies ?? {}));
    });
    for (const [pkg, names] of rawDeps) {
        for (const n of names) {
            const target = byName.get(normalizePypiName(n));
            if (target)
                pkg.dependencies.push(target.ref);
        }
    }
    const devEdges = new Set();
    const direct = project.found ? [...project.prod, ...project.dev] : [];
    for (const n of direct) {
        const target = byName.get(n);
        if (!target)
            continue;
        root.dependencies.push(target.ref);
        if (!project.prod.has(n))
            devEdges.add(`${root.ref}\0${target.ref}`);
    }
    if (!project.found) {
        const depended = new Set([...byName.values()].flatMap((p) => p.dependencies));
        root.dependencies.push(...[...byName.values()].filter((p) => !depended.has(p.ref)).map((p) => p.ref));
    }
    const all = new Map([...byName.values()].map((p) => [p.ref, p]));
    const marked = [...flags.values()].some((f) => f !== undefined);
    if (marked)
        for (const [pkg, dev] of flags)
            pkg.dev = dev === true;
    else
        markDevOnly(root, all, devEdges);
    const notes = project.found
        ? []
        : [`${display}: no pyproject.toml beside it; the root's name is the directory's`];
    return finish(display, 'poetry', root, byName.values(), notes, [...byName.values()].map((p) => ({ key: `${p.name} ${p.version}`, ref: p.ref })));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/requirements.ts





/**
 * Parses a pinned `requirements.txt` (as `pip-compile --generate-hashes` or `uv pip compile` write it):
 * `name==version`, optional extras and environment markers, `--hash=alg:hex` options, backslash
 * continuations. The file has no graph: the root depends on every pin. Unpinned requirements cannot
 * name a version, so they are reported in the notes and left out; options such as `-r`, `-e` likewise.
 */
async function parseRequirements(lockPath, display) {
    const text = readText(lockPath, display);
    const project = await readPythonProject(external_node_path_default().dirname(lockPath), external_node_path_default().dirname(display));
    const root = pythonRootPackage(project);
    const packages = [];
    const notes = [];
    const physical = text.split(/\r?\n/);
    for (let i = 0; i < physical.length; i++) {
        const startLine = i + 1;
        let logical = physical[i];
        while (/\\\s*$/.test(logical) && i + 1 < physical.length)
            logical = logical.replace(/\\\s*$/, ' ') + physical[++i];
        // A comment starts at '#' at the start or after white space (a '#' inside a URL fragment is not one).
        const content = logical.replace(/(^|\s)#.*$/, '').trim();
        if (!content)
            continue;
        if (content.startsWith('-')) {
            if (!/^--?(hash|index-url|extra-index-url|trusted-host|find-links|no-binary|only-binary|prefer-binary|require-hashes|pre|i|f)\b/.test(content)) {
                notes.push(`${display}:${startLine}: option ${JSON.stringify(content.split(/\s+/)[0])} is not followed; its packages are not in the SBOM`);
            }
            continue;
        }
        const [requirement, ...options] = content.split(/\s+--/);
        const hashOptions = options.filter((o) => o.startsWith('hash'));
        const hashes = hashOptions.map((o) => prefixedHexToHash(/^hash[=\s]+(\S+)/.exec(o)?.[1]));
        const bad = hashOptions.findIndex((_, n) => !hashes[n]);
        if (bad >= 0)
            throw new LockfileError(display, `--${hashOptions[bad]} is not alg:hex with a known algorithm and digest length`, startLine);
        const spec = requirement.split(';')[0].trim();
        if (/^\S+\s*@\s*\S+:\/\//.test(spec) || /^(https?|git\+|file):/.test(spec)) {
            notes.push(`${display}:${startLine}: ${JSON.stringify(spec)} is a direct URL reference without a version; left out`);
            continue;
        }
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
        if (!m)
            throw new LockfileError(display, `${JSON.stringify(spec)} is not a requirement (name==version)`, startLine);
        const pin = /^===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(m[3].trim());
        if (!pin) {
            if (m[3].trim() && !/^(==|===|!=|<=|>=|<|>|~=)/.test(m[3].trim())) {
                throw new LockfileError(display, `${JSON.stringify(spec)} is not a requirement (name==version)`, startLine);
            }
            notes.push(`${display}:${startLine}: ${m[1]} is not pinned with ==; left out of the SBOM (pin it, e.g. with pip-compile)`);
            continue;
        }
        // With several hashes (one per wheel and sdist) pip accepts any: no single one is the package's,
        // so they are kept as file hashes instead.
        const valid = hashes.filter((h) => h !== undefined);
        const pkg = newPackage({
            ecosystem: 'pypi',
            name: m[1],
            version: pin[1],
            hashes: valid.length === 1 ? valid : []
        });
        if (valid.length > 1)
            pkg.fileHashes = fileHashLabels(valid);
        packages.push(pkg);
        root.dependencies.push(pkg.ref);
    }
    return finish(display, 'requirements', root, packages, notes, packages.map((p) => ({ key: `${p.name}==${p.version}`, ref: p.ref })));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/uv.ts





function fileName(url) {
    return typeof url === 'string'
        ? decodeURIComponent(url
            .replace(/[?#].*$/, '')
            .split('/')
            .pop() ?? '')
        : '';
}
/**
 * Parses `uv.lock`. The project itself is the package whose source is `editable`/`virtual` `.`; its
 * `[package.dev-dependencies]` groups are the dev edges.
 */
async function parseUv(lockPath, display) {
    const lock = await parseToml(readText(lockPath, display), display);
    if (!Array.isArray(lock.package))
        throw new LockfileError(display, 'has no [[package]] entries');
    const project = await readPythonProject(external_node_path_default().dirname(lockPath), external_node_path_default().dirname(display));
    const entries = [];
    lock.package.forEach((raw, i) => {
        if (typeof raw?.name !== 'string')
            throw new LockfileError(display, `[[package]] entry ${i + 1} has no name`);
        const source = raw.source ?? {};
        const own = typeof source.editable === 'string' || typeof source.virtual === 'string';
        const files = [
            ...(raw.sdist ? [{ name: fileName(raw.sdist.url) || 'sdist.tar.gz', hash: raw.sdist.hash }] : []),
            ...(Array.isArray(raw.wheels)
                ? raw.wheels.map((w) => ({ name: fileName(w.url), hash: w.hash }))
                : [])
        ];
        const located = uvSource(source);
        const pkg = newPackage({
            ecosystem: 'pypi',
            name: raw.name,
            version: String(raw.version ?? (own ? project.version : '')),
            hashes: pythonPackageHash(files),
            downloadLocation: located.downloadLocation ?? (typeof raw.sdist?.url === 'string' ? raw.sdist.url : undefined),
            license: own && raw.name === project.name ? project.license : undefined,
            qualifiers: located.qualifiers,
            own
        });
        pkg.fileHashes = fileHashes(files);
        if (own)
            pkg.localPath = String(source.editable ?? source.virtual);
        entries.push({ raw, pkg, own });
    });
    const find = (dep) => {
        const hits = entries.filter((e) => e.raw.name === dep.name &&
            (dep.version === undefined || String(e.raw.version) === String(dep.version)));
        return hits.length === 1
            ? hits[0].pkg
            : hits.find((e) => !dep.source || JSON.stringify(e.raw.source) === JSON.stringify(dep.source))?.pkg;
    };
    const devEdges = new Set();
    for (const { raw, pkg } of entries) {
        const link = (dep, dev) => {
            const target = find(dep);
            if (!target)
                throw new LockfileError(display, `${raw.name} depends on ${JSON.stringify(dep?.name)}, which has no [[package]] entry`);
            pkg.dependencies.push(target.ref);
            if (dev)
                devEdges.add(`${pkg.ref}\0${target.ref}`);
        };
        for (const dep of raw.dependencies ?? [])
            link(dep, false);
        for (const group of Object.values(raw['optional-dependencies'] ?? {}))
            for (const dep of group ?? [])
                link(dep, false);
        for (const group of Object.values(raw['dev-dependencies'] ?? {}))
            for (const dep of group ?? [])
                link(dep, true);
    }
    const ownEntries = entries.filter((e) => e.own);
    let root = ownEntries.find((e) => e.raw.name === project.name || (ownEntries.length === 1 && e.raw.source?.editable === '.'))?.pkg;
    if (!root) {
        root = pythonRootPackage(project);
        root.dependencies.push(...ownEntries.map((e) => e.pkg.ref));
        if (!ownEntries.length) {
            const depended = new Set(entries.flatMap((e) => e.pkg.dependencies));
            root.dependencies.push(...entries.filter((e) => !depended.has(e.pkg.ref)).map((e) => e.pkg.ref));
        }
    }
    else
        root.dependencies.push(...ownEntries.filter((e) => e.pkg !== root).map((e) => e.pkg.ref));
    const all = new Map(entries.map((e) => [e.pkg.ref, e.pkg]));
    markDevOnly(root, all, devEdges);
    for (const e of ownEntries)
        e.pkg.dev = false;
    return finish(display, 'uv', root, all.values(), [], entries.map((e) => ({ key: `${e.raw.name} ${e.raw.version ?? ''}`.trim(), ref: e.pkg.ref })));
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/yarn-berry.ts


/** `name@npm:1.2.3`, `name@patch:name@npm%3A1.2.3#…`, `name@workspace:.` → the parts. */
function splitLocator(locator) {
    const at = locator.indexOf('@', 1);
    const name = locator.slice(0, at);
    const rest = locator.slice(at + 1);
    const colon = rest.indexOf(':');
    return {
        name,
        protocol: colon >= 0 ? rest.slice(0, colon) : '',
        reference: colon >= 0 ? rest.slice(colon + 1) : rest
    };
}
/**
 * Parses a Yarn Berry (v2+) `yarn.lock`, which is YAML. Berry's `checksum` is the hash of its own cache
 * archive, not of the registry tarball, so it is not reported as the package's hash. A workspace's
 * entry (`name@workspace:dir`) lists its dependencies and devDependencies together: the member's
 * package.json tells them apart, so a member's devDependencies are dev edges, as the root's are.
 */
async function parseYarnBerry(lockPath, display) {
    const lock = await parseYaml(readText(lockPath, display), display);
    if (!lock || typeof lock !== 'object' || !lock.__metadata)
        throw new LockfileError(display, 'has no __metadata: it is not a Yarn Berry lockfile');
    const manifest = readPackageJson(lockPath, display);
    const root = npmRootPackage(lockPath, manifest);
    const bySpec = new Map();
    const packages = new Map();
    const deps = new Map();
    let rootWorkspace;
    const members = [];
    const memberManifests = new Map();
    const placed = [];
    for (const [key, entry] of Object.entries(lock)) {
        if (key === '__metadata')
            continue;
        if (!entry || typeof entry.resolution !== 'string')
            throw new LockfileError(display, `entry ${JSON.stringify(key)} has no resolution`);
        const loc = splitLocator(entry.resolution);
        let pkg;
        if (loc.protocol === 'workspace') {
            if (loc.reference === '.') {
                pkg = root;
                rootWorkspace = entry.dependencies ?? {};
            }
            else {
                const m = readPackageJson(lockPath, display, loc.reference);
                pkg = memberPackage(loc.reference, { ...m, name: loc.name });
                members.push(pkg);
                memberManifests.set(pkg, m);
                packages.set(pkg.ref, pkg);
                root.dependencies.push(pkg.ref);
            }
        }
        else {
            const tarball = loc.protocol === 'npm' && /^https?:/.test(loc.reference) ? loc.reference : undefined;
            pkg = newPackage({
                ecosystem: 'npm',
                name: loc.name,
                version: String(entry.version ?? ''),
                downloadLocation: tarball
            });
            pkg = packages.get(pkg.ref) ?? pkg;
            packages.set(pkg.ref, pkg);
        }
        const specs = key.split(/,\s*/).map((s) => s.trim());
        for (const spec of specs) {
            bySpec.set(spec, pkg);
            // `string-width-cjs@npm:string-width@^4.2.0`: installed under an alias of the resolved package.
            const alias = spec.slice(0, spec.indexOf('@', 1));
            if (pkg !== root && !pkg.own && alias !== loc.name)
                pkg.aliases = mergeAliases(pkg.aliases, [alias]);
        }
        if (pkg !== root)
            deps.set(pkg, { ...(deps.get(pkg) ?? {}), ...(entry.dependencies ?? {}) });
        placed.push(pkg === root ? { key, reason: 'workspace-member' } : { key, ref: pkg.ref });
    }
    // Dependency ranges in the lock omit `npm:` only in older Berry versions; try both spellings.
    const lookup = (name, range) => bySpec.get(`${name}@${range}`) ?? bySpec.get(`${name}@npm:${range}`);
    for (const [pkg, d] of deps) {
        for (const [name, range] of Object.entries(d)) {
            const target = lookup(name, String(range));
            if (target && target !== root)
                pkg.dependencies.push(target.ref);
        }
    }
    const devEdges = new Set();
    // The root workspace's lock entry merges dev and prod dependencies; package.json tells them apart.
    // Without a package.json (no dependency field at all), the lock entry is all there is: all production.
    const declared = { ...manifest };
    const hasFields = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'].some((f) => f in manifest);
    if (!hasFields && rootWorkspace)
        declared.dependencies = rootWorkspace;
    rootEdges(root, declared, lookup, devEdges);
    // The lock's edges stay; the member's package.json only says which of them are dev-only.
    for (const [member, m] of memberManifests) {
        const prod = new Set(PROD_FIELDS.flatMap((f) => Object.keys(m[f] ?? {})));
        for (const [name, range] of Object.entries(deps.get(member) ?? {})) {
            const target = lookup(name, String(range));
            if (target && !prod.has(name) && name in (m.devDependencies ?? {}))
                devEdges.add(`${member.ref}\0${target.ref}`);
        }
    }
    markDevOnly(root, packages, devEdges);
    for (const m of members)
        m.dev = false;
    return finish(display, 'yarn-berry', root, packages.values(), [], placed);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/workspace-globs.ts


function segmentPattern(segment) {
    return new RegExp('^' +
        segment
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]') +
        '$');
}
function subdirs(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
        .map((e) => external_node_path_default().join(dir, e.name))
        .sort();
}
/**
 * The workspace directories (relative, forward slashes, sorted) that a package.json `workspaces`
 * field names: an array of globs or `{ packages: [...] }`, with `*`, `?` and `**` in path segments and
 * `!pattern` exclusions, as yarn and npm accept. Only directories holding a package.json count.
 */
function expandWorkspaces(root, field) {
    const list = Array.isArray(field) ? field : field?.packages;
    if (!Array.isArray(list))
        return [];
    const patterns = list.filter((p) => typeof p === 'string');
    const match = (pattern) => {
        let dirs = [root];
        for (const segment of pattern.split('/').filter((s) => s && s !== '.')) {
            if (segment === '**') {
                const all = [];
                const walk = (d) => {
                    all.push(d);
                    for (const s of subdirs(d))
                        walk(s);
                };
                dirs.forEach(walk);
                dirs = all;
            }
            else if (/[*?]/.test(segment)) {
                const re = segmentPattern(segment);
                dirs = dirs.flatMap((d) => subdirs(d).filter((s) => re.test(external_node_path_default().basename(s))));
            }
            else
                dirs = dirs.map((d) => external_node_path_default().join(d, segment));
        }
        return dirs
            .filter((d) => d !== root && (0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'package.json')))
            .map((d) => external_node_path_default().relative(root, d).split((external_node_path_default()).sep).join('/'));
    };
    const included = new Set(patterns.filter((p) => !p.startsWith('!')).flatMap(match));
    for (const p of patterns.filter((x) => x.startsWith('!')))
        for (const d of match(p.slice(1)))
            included.delete(d);
    return [...included].sort();
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/yarn.ts






function unquote(text) {
    const t = text.trim();
    return t.startsWith('"') && t.endsWith('"') ? JSON.parse(t) : t;
}
/** The package name of a descriptor `name@range` (`@scope/name@range` included). */
function descriptorName(spec) {
    const at = spec.indexOf('@', 1);
    return at > 0 ? spec.slice(0, at) : spec;
}
/** Parses the yarn v1 lockfile format (indentation-based, not YAML), with line numbers for errors. */
function parseYarnV1Text(text, display) {
    const entries = [];
    let current;
    let nested;
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = i + 1;
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            return;
        const indent = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (indent === 0) {
            if (!body.endsWith(':'))
                throw new LockfileError(display, `expected an entry header ending with ':', found ${JSON.stringify(body)}`, line);
            const specs = body.slice(0, -1).split(/,\s*/).map(unquote).filter(Boolean);
            current = { line, specs, fields: {}, dependencies: {} };
            nested = undefined;
            entries.push(current);
            return;
        }
        if (!current)
            throw new LockfileError(display, 'indented line before any entry', line);
        if (indent === 2) {
            if (body.endsWith(':')) {
                const key = unquote(body.slice(0, -1));
                nested = key === 'dependencies' || key === 'optionalDependencies' ? current.dependencies : {};
                return;
            }
            nested = undefined;
            const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.+)$/.exec(body);
            if (!m)
                throw new LockfileError(display, `expected 'key value', found ${JSON.stringify(body)}`, line);
            current.fields[unquote(m[1])] = unquote(m[2]);
            return;
        }
        if (indent >= 4 && nested) {
            const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.+)$/.exec(body);
            if (!m)
                throw new LockfileError(display, `expected 'name range', found ${JSON.stringify(body)}`, line);
            nested[unquote(m[1])] = unquote(m[2]);
            return;
        }
        throw new LockfileError(display, `unexpected indentation of ${indent} spaces`, line);
    });
    return entries;
}
/**
 * The folder (relative to the lockfile's, forward slashes) a `file:` range names, when it holds a
 * package.json. The lock does not say who declared the range: one written relative to a workspace
 * member that does not also resolve from the root is left as a package, as before.
 */
function localDirectory(root, range) {
    if (!range.startsWith('file:'))
        return undefined;
    const rel = external_node_path_default().posix.normalize(range.slice(5).replace(/\\/g, '/')).replace(/\/$/, '');
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(root, rel, 'package.json')) ? rel : undefined;
}
/**
 * The package an entry header names. `alias@npm:real@range` installs `real` under the name `alias`
 * (yarn's `npm:` protocol): the package is `real`, the alias only the folder it is installed in.
 */
function yarnV1Descriptor(spec) {
    const name = descriptorName(spec);
    const range = spec.slice(name.length + 1);
    if (range.startsWith('npm:')) {
        const real = descriptorName(range.slice(4));
        if (real && real !== name)
            return { name: real, alias: name };
    }
    return { name };
}
/**
 * Parses a yarn v1 `yarn.lock` with the `package.json` beside it (the lock does not record which
 * dependencies are dev: package.json's devDependencies decide, through the graph). Workspace members
 * (package.json `workspaces`) are not in the lock at all: each is a component of the project read
 * from its own package.json, its dependencies production and its devDependencies dev, and a member
 * depending on another is linked to it when the lock has no registry entry for that range.
 */
async function parseYarnV1(lockPath, display) {
    const entries = parseYarnV1Text(readText(lockPath, display), display);
    const manifest = readPackageJson(lockPath, display);
    const root = npmRootPackage(lockPath, manifest);
    const bySpec = new Map();
    const packages = new Map();
    const declared = new Map();
    const placed = [];
    const members = new Map();
    const memberManifests = new Map();
    const dir = external_node_path_default().dirname(lockPath);
    const byDir = new Map();
    for (const memberDir of expandWorkspaces(dir, manifest.workspaces)) {
        const m = readPackageJson(lockPath, display, memberDir);
        const member = memberPackage(memberDir, m);
        members.set(member.name, member);
        byDir.set(memberDir, member);
        memberManifests.set(member, m);
        packages.set(member.ref, member);
        root.dependencies.push(member.ref);
    }
    for (const e of entries) {
        const version = e.fields.version;
        if (!version)
            throw new LockfileError(display, `entry ${JSON.stringify(e.specs.join(', '))} has no version`, e.line);
        const resolved = e.fields.resolved;
        let hashes = integrityToHashes(e.fields.integrity);
        // Old v1 lockfiles carry only the tarball's SHA-1 in the resolved URL's fragment.
        const sha1 = /#([0-9a-f]{40})$/.exec(resolved ?? '');
        if (!hashes.length && sha1)
            hashes = [{ alg: 'SHA-1', hex: sha1[1] }];
        const { name, alias } = yarnV1Descriptor(e.specs[0]);
        // `name@file:./dir`: a directory of the project, not a registry package (a `file:` tarball stays one).
        const local = localDirectory(dir, e.specs[0].slice(descriptorName(e.specs[0]).length + 1));
        if (local) {
            let component = byDir.get(local);
            if (!component) {
                const m = readPackageJson(lockPath, display, local);
                component = memberPackage(local, { ...m, name: m.name ?? name, version: m.version ?? version });
                byDir.set(local, component);
                packages.set(component.ref, component);
            }
            for (const s of e.specs)
                bySpec.set(s, component);
            declared.set(component, { ...(declared.get(component) ?? {}), ...e.dependencies });
            placed.push({ key: e.specs.join(', '), ref: component.ref });
            continue;
        }
        const pkg = newPackage({
            ecosystem: 'npm',
            name,
            version,
            hashes,
            downloadLocation: resolved && /^https?:/.test(resolved) ? resolved.replace(/#.*$/, '') : undefined
        });
        const existing = packages.get(pkg.ref) ?? pkg;
        if (alias)
            existing.aliases = mergeAliases(existing.aliases, [alias]);
        packages.set(pkg.ref, existing);
        for (const s of e.specs)
            bySpec.set(s, existing);
        declared.set(existing, { ...(declared.get(existing) ?? {}), ...e.dependencies });
        placed.push({ key: e.specs.join(', '), ref: existing.ref });
    }
    // A registry entry for the exact range wins; otherwise yarn links the workspace sibling of that name.
    const lookup = (name, range) => bySpec.get(`${name}@${range}`) ?? members.get(name);
    for (const [pkg, deps] of declared) {
        for (const [name, range] of Object.entries(deps)) {
            const target = lookup(name, range);
            if (target)
                pkg.dependencies.push(target.ref);
        }
    }
    const devEdges = new Set();
    rootEdges(root, manifest, lookup, devEdges);
    for (const [member, m] of memberManifests)
        rootEdges(member, m, lookup, devEdges);
    markDevOnly(root, packages, devEdges);
    return finish(display, 'yarn-v1', root, packages.values(), [], placed);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/lockfiles/index.ts









const PARSERS = {
    cargo: parseCargo,
    npm: parseNpm,
    pnpm: parsePnpm,
    'yarn-v1': parseYarnV1,
    'yarn-berry': parseYarnBerry,
    poetry: parsePoetry,
    uv: parseUv,
    requirements: parseRequirements,
    gomod: parseGoMod
};
/** Parses one lockfile of a known kind. @throws LockfileError naming the file, line and reason. */
function parseLockfile(kind, file, display) {
    return PARSERS[kind](file, display);
}

// EXTERNAL MODULE: ./actions/sbom-attach/src/ntia.ts
var ntia = __webpack_require__(39001);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/coverage.ts
/** The SBOM is missing entries its lockfiles hold, or a non-empty lockfile gave no production set. */
class CoverageError extends Error {
    coverage;
    constructor(message, coverage) {
        super(message);
        this.coverage = coverage;
        this.name = 'CoverageError';
    }
}
/**
 * Checks each lockfile entry against the assembled project: it is a component, the project's root,
 * dev-only (left out unless include-dev), or a link to another entry. Anything else is missing.
 */
function measureCoverage(results, project, includeDev) {
    const kept = new Map(project.packages.map((p) => [p.ref, p]));
    return results.map((r) => {
        const own = new Map(r.packages.map((p) => [p.ref, p]));
        const c = {
            file: r.file,
            entries: r.entries.length,
            placed: 0,
            excluded: {},
            missing: [],
            thirdParty: 0
        };
        const exclude = (reason) => (c.excluded[reason] = (c.excluded[reason] ?? 0) + 1);
        for (const e of r.entries) {
            if (e.reason)
                exclude(e.reason);
            else if (e.ref === undefined)
                c.missing.push(e.key);
            else if (e.ref === r.root.ref || e.ref === project.root.ref)
                exclude('workspace-member');
            else if (kept.has(e.ref))
                c.placed++;
            else if (!includeDev && own.get(e.ref)?.dev)
                exclude('dev-only');
            else
                c.missing.push(e.key);
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
function assertCoverage(results, coverage) {
    const problems = [];
    coverage.forEach((c, i) => {
        if (c.missing.length)
            problems.push(`${c.file}: ${c.missing.length} of ${c.entries} entries are not in the SBOM (placed ${c.placed}; ` +
                `expected ${c.entries - Object.values(c.excluded).reduce((a, b) => a + (b ?? 0), 0)}): ` +
                c.missing.slice(0, 20).join('; ') +
                (c.missing.length > 20 ? `; … ${c.missing.length - 20} more` : ''));
        const thirdPartyLocked = results[i].packages.some((p) => !p.own);
        if (thirdPartyLocked && c.thirdParty === 0)
            problems.push(`${c.file}: the production set is empty although the lockfile locks ${results[i].packages.filter((p) => !p.own).length} third-party packages ` +
                `(${c.excluded['dev-only'] ?? 0} entries judged dev-only): the manifest beside it, its workspaces or its dependency fields were not understood (a project that really ships no third-party code can set include-dev: true to describe its development packages)`);
    });
    if (problems.length)
        throw new CoverageError(`The SBOM does not cover its lockfiles: ${problems.join(' | ')}`, coverage);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/project.ts


/**
 * Merges lockfile results into one project: the first lockfile's root is the project's root (or a
 * root named by the inputs); other lockfiles' roots become components the root depends on. Packages
 * are deduplicated by purl, dev-only ones dropped unless asked for, and everything sorted so that the
 * same inputs give the same document.
 */
function assemble(results, options, fallbackName) {
    const packages = new Map();
    const add = (p) => {
        const seen = packages.get(p.ref);
        if (!seen) {
            packages.set(p.ref, { ...p, dependencies: [...p.dependencies] });
            return;
        }
        seen.dependencies = [...new Set([...seen.dependencies, ...p.dependencies])];
        seen.dev = seen.dev && p.dev;
        seen.own = seen.own || p.own;
        seen.hashes = mergeHashes(seen.hashes, p.hashes);
        seen.license ??= p.license;
        seen.downloadLocation ??= p.downloadLocation;
        seen.fileHashes ??= p.fileHashes;
        seen.aliases = mergeAliases(seen.aliases, p.aliases);
        seen.localPath ??= p.localPath;
    };
    const primary = results[0]?.root;
    const ecosystem = primary?.ecosystem ?? 'npm';
    const name = options.name ?? primary?.name ?? fallbackName;
    const version = options.version ?? primary?.version ?? '';
    // A renamed or unnamed root claims no package in the ecosystem's registry: its purl is generic.
    const generic = !primary || primary.synthetic || (options.name !== undefined && options.name !== primary.name);
    const rootRef = makePurl(generic ? 'generic' : ecosystem, name, version || undefined);
    const root = {
        ref: rootRef,
        ecosystem,
        name,
        version,
        purl: rootRef,
        hashes: [],
        license: primary?.license,
        downloadLocation: undefined,
        dependencies: [...(primary?.dependencies ?? [])],
        dev: false,
        own: true,
        synthetic: generic
    };
    // References to the primary root's old ref (when renamed by the inputs) point at the new root.
    const renamed = primary && primary.ref !== rootRef ? primary.ref : undefined;
    for (const [n, r] of results.entries()) {
        if (n > 0) {
            add({ ...r.root, dev: false, own: true });
            root.dependencies.push(r.root.ref);
        }
        for (const p of r.packages)
            add(p);
    }
    packages.delete(rootRef);
    if (renamed)
        packages.delete(renamed);
    const kept = new Map([...packages].filter(([, p]) => options.includeDev || !p.dev));
    // Edges to the root (a member depending on the project itself) and to dropped dev packages go.
    const fix = (deps) => [...new Set(deps)].filter((d) => d !== rootRef && d !== renamed && kept.has(d)).sort();
    root.dependencies = fix(root.dependencies);
    for (const p of kept.values())
        p.dependencies = fix(p.dependencies).filter((d) => d !== p.ref);
    const sorted = [...kept.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    return { root, packages: sorted, lockfiles: results.map((r) => ({ file: r.file, kind: r.kind })) };
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/spdx.ts


const SPDX_ALGORITHMS = {
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512'
};
/** SPDX ids allow only letters, digits, `.` and `-`; a short digest keeps sanitised ids unique. */
function spdxId(kind, key, label) {
    const clean = label
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80);
    return `SPDXRef-${kind}-${clean}-${sha256Hex(key).slice(0, 8)}`;
}
function supplierText(name) {
    return name ? `Organization: ${name}` : 'NOASSERTION';
}
/** SPDX 2.3 packages have no properties: an alias and a local path are said in the comment. */
function packageComment(p) {
    const parts = [];
    if (p.aliases?.length)
        parts.push(`installed under the alias ${p.aliases.join(', ')}`);
    if (p.localPath)
        parts.push(`the project's directory ${p.localPath}`);
    return parts.length ? parts.join('; ') : undefined;
}
function spdxPackage(p, id, purpose, supplier) {
    const out = {
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
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return out;
}
/**
 * Builds the SPDX 2.3 JSON document: DOCUMENT DESCRIBES the root package and each artifact file;
 * DEPENDS_ON edges between packages (DEV_DEPENDENCY_OF for dev-only ones when they are included);
 * files GENERATED_FROM the root. The namespace is derived from the content, so it is stable for
 * the same inputs and unique otherwise.
 */
function spdxJson(project, namespaceBase) {
    const ids = new Map();
    const rootId = spdxId('Package', project.root.ref, `${project.root.name}-${project.root.version}`);
    ids.set(project.root.ref, rootId);
    for (const p of project.packages)
        ids.set(p.ref, spdxId('Package', p.ref, `${p.ecosystem}-${p.name}-${p.version}`));
    const packages = [
        spdxPackage(project.root, rootId, 'APPLICATION', project.supplier),
        ...project.packages.map((p) => spdxPackage(p, ids.get(p.ref), p.own ? 'APPLICATION' : 'LIBRARY', p.own ? project.supplier : undefined))
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
    const relationships = [
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
            if (!target || !to)
                continue;
            if (target.dev && !p.dev)
                relationships.push({
                    spdxElementId: to,
                    relationshipType: 'DEV_DEPENDENCY_OF',
                    relatedSpdxElement: ids.get(p.ref)
                });
            else
                relationships.push({
                    spdxElementId: ids.get(p.ref),
                    relationshipType: 'DEPENDS_ON',
                    relatedSpdxElement: to
                });
        }
    }
    relationships.sort((a, b) => `${a.spdxElementId} ${a.relationshipType} ${a.relatedSpdxElement}` <
        `${b.spdxElementId} ${b.relationshipType} ${b.relatedSpdxElement}`
        ? -1
        : 1);
    const title = project.root.version ? `${project.root.name}-${project.root.version}` : project.root.name;
    const creators = [`Tool: ${project.tool.name}-${project.tool.version}`];
    if (project.supplier)
        creators.push(`Organization: ${project.supplier}`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/timestamp.ts


function iso(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function gitCommitTime(cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd, timeout: 10_000 }, (error, stdout) => {
            const n = Number(String(stdout).trim());
            resolve(!error && Number.isInteger(n) && n > 0 ? n : undefined);
        });
    });
}
/**
 * The SBOM's creation time. A re-run must produce the same bytes (so the upload is skipped as
 * identical), so the wall clock is never used. In order:
 * 1. `SOURCE_DATE_EPOCH` (the reproducible-builds convention);
 * 2. the commit time of `HEAD` in the project directory (the same for every run of one commit);
 * 3. the target release's creation time;
 * 4. the Unix epoch, reported as a missing timestamp.
 * @throws ConfigurationError when SOURCE_DATE_EPOCH is set but not a whole number of seconds.
 */
async function sbomTimestamp(cwd, releaseCreatedAt) {
    const sde = process.env.SOURCE_DATE_EPOCH?.trim();
    if (sde) {
        if (!/^\d{1,12}$/.test(sde))
            throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH ${JSON.stringify(sde)} is not a whole number of seconds since 1970.`);
        return { iso: iso(Number(sde)), source: 'SOURCE_DATE_EPOCH' };
    }
    const commit = await gitCommitTime(cwd);
    if (commit !== undefined)
        return { iso: iso(commit), source: 'commit time of HEAD' };
    if (releaseCreatedAt && !Number.isNaN(Date.parse(releaseCreatedAt))) {
        return { iso: iso(Math.floor(Date.parse(releaseCreatedAt) / 1000)), source: 'release creation time' };
    }
    return { iso: iso(0), source: 'none (no SOURCE_DATE_EPOCH, no git commit, no release): the Unix epoch' };
}

// EXTERNAL MODULE: ./actions/sbom-attach/src/validate.ts + 1 modules
var validate = __webpack_require__(76715);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/generate.ts













const EXTENSIONS = { 'spdx-json': 'spdx.json', 'cyclonedx-json': 'cdx.json' };
/** A name for files: `@scope/name` → `scope-name`. */
function fileSafe(text) {
    return (text
        .replace(/^@/, '')
        .replace(/[^A-Za-z0-9._+-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'sbom');
}
/**
 * Reads the lockfiles and artifacts, builds the project model and renders each requested format,
 * each validated against its official schema before it is returned.
 * @throws LockfileError for a malformed lockfile, ConfigurationError for schema failures and bad inputs.
 */
async function generateSboms(options) {
    const { lockfiles, unsupported } = findLockfiles(options.root, options.lockfiles);
    if (!lockfiles.length && !options.artifacts.length) {
        const extra = unsupported.length
            ? ` Found ${unsupported.join(', ')}, which this action does not read.`
            : '';
        throw new errors/* ConfigurationError */.j1(`No lockfile found under ${options.root} and no artifacts given: there is nothing to describe.${extra} Set 'path' to the project root, list 'lockfiles', or give 'artifacts'.`);
    }
    const results = [];
    for (const l of lockfiles)
        results.push(await parseLockfile(l.kind, l.path, l.display));
    const base = assemble(results, {
        name: options.name,
        version: options.version ?? (results[0]?.root.version ? undefined : options.tagVersion),
        includeDev: options.includeDev
    }, dirName(options.root));
    // Checked before anything is rendered: an SBOM that leaves out what its lockfile locks is not written.
    const coverage = measureCoverage(results, base, options.includeDev);
    assertCoverage(results, coverage);
    const [artifacts, time] = await Promise.all([
        describeArtifacts(options.cwd, options.artifacts),
        sbomTimestamp(options.root, options.releaseCreatedAt)
    ]);
    if (options.sourceLocation)
        base.root.downloadLocation ??= options.sourceLocation;
    const project = {
        ...base,
        artifacts,
        timestamp: time.iso,
        timestampSource: time.source,
        tool: { name: 'release-kit', version: version.RELEASE_KIT_VERSION },
        supplier: options.supplier
    };
    const stem = project.root.version
        ? `${fileSafe(project.root.name)}-${fileSafe(project.root.version)}`
        : fileSafe(project.root.name);
    const documents = [];
    for (const format of options.formats) {
        const content = format === 'spdx-json' ? spdxJson(project, 'https://spdx.org/spdxdocs') : cycloneDxJson(project);
        const fileName = `${stem}.${EXTENSIONS[format]}`;
        await (0,validate/* assertValidSbom */.W)(format, JSON.parse(content), fileName);
        documents.push({ format, fileName, content });
    }
    return {
        project,
        documents,
        results,
        unsupported,
        ntia: (0,ntia/* ntiaElements */.a)(project, !time.source.startsWith('none')),
        coverage
    };
}


/***/ }),

/***/ 39001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ntiaFromDocument),
/* harmony export */   a: () => (/* binding */ ntiaElements),
/* harmony export */   ntiaMark: () => (/* binding */ ntiaMark)
/* harmony export */ });
/** The summary's mark: present, partial (some components carry it) or missing. */
function ntiaMark(e) {
    if (e.present)
        return '✅';
    return /^[1-9]\d*\/\d+ /.test(e.detail) ? '⚠️ partial' : '⚠️ missing';
}
/**
 * The NTIA minimum elements (supplier, component name, version, unique identifier, dependency
 * relationship, author of the SBOM data, timestamp) as this SBOM carries them. Lockfiles name no
 * suppliers for third-party packages, so that element is usually partial: reported, not hidden.
 */
function ntiaElements(project, timestampKnown) {
    const all = [project.root, ...project.packages];
    const count = (n) => `${n}/${all.length}`;
    const withSupplier = project.supplier ? all.filter((p) => p === project.root || p.own).length : 0;
    const withVersion = all.filter((p) => p.version).length;
    const withPurl = all.filter((p) => p.purl).length;
    const edges = all.reduce((n, p) => n + p.dependencies.length, 0);
    return [
        {
            element: 'Supplier name',
            present: withSupplier === all.length,
            detail: withSupplier
                ? `${count(withSupplier)} components (the project's own; lockfiles do not name third-party suppliers)`
                : 'no supplier known (set GITHUB_REPOSITORY or the repository input)'
        },
        { element: 'Component name', present: true, detail: `${count(all.length)} components` },
        {
            element: 'Version of the component',
            present: withVersion === all.length,
            detail: `${count(withVersion)} components`
        },
        {
            element: 'Other unique identifiers',
            present: withPurl === all.length,
            detail: `purl on ${count(withPurl)} components`
        },
        {
            element: 'Dependency relationship',
            present: edges > 0 || all.length === 1,
            detail: `${edges} dependency edges`
        },
        {
            element: 'Author of SBOM data',
            present: Boolean(project.supplier),
            detail: project.supplier
                ? `${project.supplier} with ${project.tool.name} ${project.tool.version}`
                : `${project.tool.name} only (no organisation known)`
        },
        {
            element: 'Timestamp',
            present: timestampKnown,
            detail: `${project.timestamp} (${project.timestampSource})`
        }
    ];
}
/** The NTIA minimum elements as a document made by another tool carries them (`sbom-file`). */
function ntiaFromDocument(format, doc) {
    const share = (n, total) => ({
        present: total > 0 && n === total,
        detail: `${n}/${total} components`
    });
    if (format === 'cyclonedx-json') {
        const all = [doc.metadata?.component, ...(doc.components ?? [])].filter((c) => c && c.type !== 'file');
        const edges = (doc.dependencies ?? []).reduce((n, d) => n + (d.dependsOn?.length ?? 0), 0);
        const author = doc.metadata?.authors?.length || doc.metadata?.manufacturer || doc.metadata?.supplier;
        return [
            {
                element: 'Supplier name',
                ...share(all.filter((c) => c.supplier?.name || c.publisher || c.manufacturer).length, all.length)
            },
            { element: 'Component name', ...share(all.filter((c) => c.name).length, all.length) },
            { element: 'Version of the component', ...share(all.filter((c) => c.version).length, all.length) },
            {
                element: 'Other unique identifiers',
                ...share(all.filter((c) => c.purl || c.cpe || c.swid).length, all.length)
            },
            { element: 'Dependency relationship', present: edges > 0, detail: `${edges} dependency edges` },
            {
                element: 'Author of SBOM data',
                present: Boolean(author),
                detail: author ? 'metadata names an author, manufacturer or supplier' : 'metadata names no author'
            },
            {
                element: 'Timestamp',
                present: Boolean(doc.metadata?.timestamp),
                detail: doc.metadata?.timestamp ?? 'no metadata.timestamp'
            }
        ];
    }
    const all = doc.packages ?? [];
    const known = (v) => typeof v === 'string' && v !== '' && v !== 'NOASSERTION';
    const edges = (doc.relationships ?? []).filter((r) => /DEPENDS_ON|DEPENDENCY_OF|CONTAINS/.test(r.relationshipType)).length;
    const creators = doc.creationInfo?.creators ?? [];
    return [
        { element: 'Supplier name', ...share(all.filter((p) => known(p.supplier)).length, all.length) },
        { element: 'Component name', ...share(all.filter((p) => p.name).length, all.length) },
        {
            element: 'Version of the component',
            ...share(all.filter((p) => p.versionInfo).length, all.length)
        },
        {
            element: 'Other unique identifiers',
            ...share(all.filter((p) => (p.externalRefs ?? []).some((r) => /purl|cpe/.test(r.referenceType)))
                .length, all.length)
        },
        { element: 'Dependency relationship', present: edges > 0, detail: `${edges} relationships` },
        {
            element: 'Author of SBOM data',
            present: creators.some((c) => /^(Person|Organization):/.test(c)),
            detail: creators.join('; ') || 'no creators'
        },
        {
            element: 'Timestamp',
            present: Boolean(doc.creationInfo?.created),
            detail: doc.creationInfo?.created ?? 'no creationInfo.created'
        }
    ];
}


/***/ }),

/***/ 76715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ assertValidSbom)
});

// UNUSED EXPORTS: validateSbom

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/unique-items.ts
/** JSON with object keys sorted: equal values (deep-equal, any key order) give equal strings. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return '[' + value.map(canonicalJson).join(',') + ']';
    if (value && typeof value === 'object') {
        const o = value;
        return ('{' +
            Object.keys(o)
                .sort()
                .map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k]))
                .join(',') +
            '}');
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * A copy of a JSON schema with every `uniqueItems: true` replaced by the `uniqueItemsFast` keyword
 * (same rule, linear time). Only schema positions are rewritten: `properties` and other maps of
 * names are walked as maps, so a property that happens to be called `uniqueItems` is left alone.
 */
function withFastUniqueItems(schema) {
    const walk = (node, isSchema) => {
        if (Array.isArray(node))
            return node.map((n) => walk(n, isSchema));
        if (!node || typeof node !== 'object')
            return node;
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (isSchema && k === 'uniqueItems' && v === true)
                out.uniqueItemsFast = true;
            else if (isSchema && (k === 'enum' || k === 'const' || k === 'examples' || k === 'default'))
                out[k] = v;
            else if (isSchema &&
                (k === 'properties' ||
                    k === 'patternProperties' ||
                    k === 'definitions' ||
                    k === '$defs' ||
                    k === 'dependentSchemas')) {
                out[k] = Object.fromEntries(Object.entries(v ?? {}).map(([name, s]) => [name, walk(s, true)]));
            }
            else
                out[k] = walk(v, isSchema);
        }
        return out;
    };
    return walk(schema, true);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/validate.ts


/*
 * Why the validators are built this way (a 2,300-component CycloneDX document, 2-core runner):
 * - `uniqueItems` on arrays of objects is checked by ajv with a pairwise deep-equal, O(n²): ~400 ms
 *   for `components` alone. The same rule is checked here in O(n) by canonical JSON (keys sorted, so
 *   equal values in any key order collide, as deep-equal would say).
 * - `code.optimize: false` skips ajv's generated-code optimisation passes and `inlineRefs: false`
 *   compiles each definition once instead of inlining it at every use: compiling CycloneDX 1.6 drops
 *   from ~730 ms to ~300 ms. `validateSchema: false` skips checking the (fixed, official) schemas
 *   against the meta-schema on every run.
 * - The first pass stops at the first error (fast); only a failing document is validated again with
 *   `allErrors` to list every problem.
 */
const cache = new Map();
async function build(format, allErrors) {
    const key = `${format}:${allErrors}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    const formats = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(2815)]).then(__webpack_require__.t.bind(__webpack_require__, 82815, 23))).default;
    const options = {
        strict: false,
        allErrors,
        validateSchema: false,
        inlineRefs: false,
        code: { optimize: false }
    };
    const uniqueItems = {
        keyword: 'uniqueItemsFast',
        type: 'array',
        schemaType: 'boolean',
        errors: false,
        validate: (enabled, data) => {
            if (!enabled)
                return true;
            const seen = new Set();
            for (const item of data) {
                const c = canonicalJson(item);
                if (seen.has(c))
                    return false;
                seen.add(c);
            }
            return true;
        }
    };
    let fn;
    if (format === 'spdx-json') {
        const Ajv2019 = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 60878, 23))).default;
        const schema = (await __webpack_require__.e(/* import() */ 9238).then(__webpack_require__.t.bind(__webpack_require__, 69238, 19))).default;
        const ajv = new Ajv2019(options);
        formats(ajv);
        ajv.addKeyword(uniqueItems);
        fn = ajv.compile(withFastUniqueItems(schema));
    }
    else {
        const Ajv = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))).default;
        const { bom16, spdxLicenses, jsf, cryptoDefs } = await __webpack_require__.e(/* import() */ 5216).then(__webpack_require__.bind(__webpack_require__, 95216));
        // The same options the CycloneDX library's own validator uses; its `idn-email` comes from a
        // package not installed here, and `iri-reference` has no working implementation anywhere.
        const ajv = new Ajv({ ...options, strictSchema: false, useDefaults: false, addUsedSchema: false });
        formats(ajv);
        ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
        ajv.addFormat('iri-reference', true);
        ajv.addKeyword(uniqueItems);
        ajv.addSchema(withFastUniqueItems(spdxLicenses), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
        ajv.addSchema(withFastUniqueItems(jsf), 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
        ajv.addSchema(withFastUniqueItems(cryptoDefs), 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json');
        fn = ajv.compile(withFastUniqueItems(bom16));
    }
    cache.set(key, fn);
    return fn;
}
function describe(e) {
    const params = e.params;
    let message = e.message ?? 'invalid';
    if (e.keyword === 'uniqueItemsFast')
        message = 'must NOT have duplicate items';
    if (params && 'allowedValues' in params)
        message += ` (${params.allowedValues.join(', ')})`;
    if (params && 'additionalProperty' in params)
        message += ` (${JSON.stringify(params.additionalProperty)})`;
    return { path: e.instancePath || '/', message };
}
/** Validates a document against the official CycloneDX 1.6 or SPDX 2.3 JSON schema; returns the problems (empty when valid). */
async function validateSbom(format, document) {
    if ((await build(format, false))(document))
        return [];
    const full = await build(format, true);
    full(document);
    const seen = new Set();
    return (full.errors ?? []).map(describe).filter((p) => {
        const k = `${p.path} ${p.message}`;
        return seen.has(k) ? false : (seen.add(k), true);
    });
}
/** Validates or throws a ConfigurationError listing the schema errors (first 20). */
async function assertValidSbom(format, document, label) {
    const problems = await validateSbom(format, document);
    if (!problems.length)
        return;
    const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > 20)
        shown.push(`  … and ${problems.length - 20} more`);
    throw new errors/* ConfigurationError */.j1(`${label} is not valid ${format === 'spdx-json' ? 'SPDX 2.3' : 'CycloneDX 1.6'} JSON:\n${shown.join('\n')}`);
}


/***/ }),

/***/ 92886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   Km: () => (/* binding */ globRoots),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony exports expandBraces, sortByBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** Expands `{a,b}` alternatives (nested too) into separate patterns. */
function expandBraces(pattern) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && depth > 0 && --depth === 0) {
            const body = pattern.slice(start + 1, i);
            const parts = [];
            let d = 0;
            let from = 0;
            for (let j = 0; j < body.length; j++) {
                if (body[j] === '\\')
                    j++;
                else if (body[j] === '{')
                    d++;
                else if (body[j] === '}')
                    d--;
                else if (body[j] === ',' && d === 0) {
                    parts.push(body.slice(from, j));
                    from = j + 1;
                }
            }
            parts.push(body.slice(from));
            if (parts.length < 2)
                continue; // `{x}` is literal, as in bash
            const head = pattern.slice(0, start);
            const tail = pattern.slice(i + 1);
            return parts.flatMap((p) => expandBraces(head + p + tail));
        }
    }
    return [pattern];
}
const MAGIC = /[*?[]/;
/** Converts one path segment of a glob to a regular expression source. */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length)
            out += escapeRegExp(segment[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else
            out += escapeRegExp(c);
    }
    return out;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * Compiles one glob (after brace expansion) relative to the working directory.
 * @throws ConfigurationError for absolute patterns and `..` segments.
 */
function compile(pattern, inputName) {
    let p = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, pattern, `${JSON.stringify(pattern)} leaves the working directory`, "patterns are relative to working-directory and may not be absolute or hold '..'. Set working-directory instead.");
    }
    p = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    const segments = p.split('/').filter((s) => s !== '' && s !== '.');
    const firstMagic = segments.findIndex((s) => MAGIC.test(s));
    const literal = firstMagic < 0;
    const baseSegments = literal ? segments.slice(0, -1) : segments.slice(0, firstMagic);
    const rest = literal ? segments.slice(-1) : segments.slice(firstMagic);
    let source = '';
    for (const [i, seg] of segments.entries()) {
        if (seg === '**') {
            // `a/**/b` matches a/b too; a trailing `**` matches everything below.
            source += i === segments.length - 1 ? (i === 0 ? '.*' : '/.*') : i === 0 ? '(?:.*/)?' : '(?:/.*)?/';
            continue;
        }
        if (i > 0 && segments[i - 1] !== '**')
            source += '/';
        source += segmentSource(seg);
    }
    const depth = rest.includes('**') ? Infinity : rest.length;
    return {
        source: pattern,
        base: baseSegments.map((s) => s.replace(/\\(.)/g, '$1')).join('/'),
        regex: new RegExp(`^${source}$`, 's'),
        depth,
        literal: literal ? segments.map((s) => s.replace(/\\(.)/g, '$1')).join('/') : undefined
    };
}
function isFile(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}
/** True for an existing directory (or a link to one). */
function isDirectory(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Walks `base` up to `depth` levels, following symbolic links to files and, once each, to directories.
 * Synchronous on purpose: one readdir per directory and no promise per entry keeps 20,000-file folders
 * to a few milliseconds; a stat is paid only for symbolic links.
 */
function walk(cwd, base, depth, visit) {
    const seen = new Set();
    // Linked directories are walked after every real one, so a file reachable both ways is reported under
    // its real path whatever order readdir returns.
    const linked = [];
    const go = (rel, level) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, rel);
        let entries;
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            const key = `${st.dev}:${st.ino}`;
            if (seen.has(key))
                return;
            seen.add(key);
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        const prefix = rel ? `${rel}/` : '';
        for (const e of entries) {
            const childRel = prefix + e.name;
            if (e.isFile())
                visit(childRel);
            else if (e.isDirectory()) {
                if (level + 1 < depth)
                    go(childRel, level + 1);
            }
            else if (e.isSymbolicLink()) {
                let st;
                try {
                    st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, childRel));
                }
                catch {
                    continue;
                }
                if (st.isFile())
                    visit(childRel);
                else if (st.isDirectory() && level + 1 < depth)
                    linked.push([childRel, level + 1]);
            }
        }
    };
    go(base, 0);
    while (linked.length)
        go(...linked.shift());
}
/**
 * The directories the include patterns start from, absolute (`<cwd>/dist` for `dist/*.zip`, `<cwd>` for
 * `*`), for a caller deciding whether a listing can find anything at all.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
function globRoots(patterns, cwd, inputName = 'files') {
    const roots = new Set();
    for (const line of patterns) {
        const body = line.trim();
        if (!body || body.startsWith('#') || body.startsWith('!'))
            continue;
        for (const p of expandBraces(body))
            roots.add(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, compile(p, inputName).base));
    }
    return [...roots];
}
/** Sorts names by their UTF-8 bytes, as `LC_ALL=C sort` does (JS string order differs above U+FFFF). */
function sortByBytes(names) {
    const list = [...names];
    // UTF-16 order equals code point (= UTF-8 byte) order unless a surrogate pair is involved.
    if (!list.some((n) => /[\uD800-\uDFFF]/.test(n)))
        return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keyed = list.map((n) => ({ n, key: Buffer.from(n) }));
    return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.n);
}
/**
 * Expands newline-separated glob patterns (or a list of them) relative to a working directory into the
 * files they match, skipping directories. Lines starting with `!` exclude; blank and `#` lines are ignored.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
async function expandGlobs(patterns, options = {}) {
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd ?? '.');
    const inputName = options.inputName ?? 'files';
    const lines = (typeof patterns === 'string' ? patterns.split(/\r?\n/) : [...patterns])
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const includes = [];
    const excludes = [];
    for (const line of lines) {
        const negated = line.startsWith('!');
        const body = negated ? line.slice(1).trim() : line;
        const compiled = expandBraces(body).map((p) => compile(p, inputName));
        if (negated)
            excludes.push(...compiled);
        else
            includes.push({ source: line, compiled });
    }
    const found = new Set();
    const unmatched = [];
    for (const include of includes) {
        const hits = new Set();
        for (const c of include.compiled) {
            if (c.literal !== undefined) {
                if (c.literal && isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, c.literal)))
                    hits.add(c.literal);
                continue;
            }
            walk(cwd, c.base, c.depth, (rel) => {
                if (c.regex.test(rel))
                    hits.add(rel);
            });
        }
        if (hits.size === 0)
            unmatched.push(include.source);
        for (const h of hits)
            found.add(h);
    }
    for (const name of [...found])
        if (excludes.some((x) => x.regex.test(name)))
            found.delete(name);
    return { files: sortByBytes(found), unmatched };
}


/***/ }),

/***/ 12479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ unsupportedLockfilesIn),
/* harmony export */   QO: () => (/* binding */ lockfilesIn),
/* harmony export */   Wd: () => (/* binding */ lockfileKind),
/* harmony export */   b8: () => (/* binding */ UNSUPPORTED_LOCKFILE_NAMES),
/* harmony export */   dD: () => (/* binding */ LOCKFILE_NAMES),
/* harmony export */   pi: () => (/* binding */ lockfileNamesOf),
/* harmony export */   zK: () => (/* binding */ lockfileFor)
/* harmony export */ });
/* unused harmony exports packageManagerOf, isYarnBerryText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Lockfile names looked for directly in a project root, in the order their roots are preferred.
 * `requirements.txt` stands for the requirements family; other members (`requirements-dev.txt`) are
 * recognised by `lockfileKind` when named explicitly.
 */
const LOCKFILE_NAMES = [
    'Cargo.lock',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'poetry.lock',
    'uv.lock',
    'requirements.txt',
    'go.mod'
];
/** Lockfiles of ecosystems release-kit does not read: a found one is reported, never silently ignored. */
const UNSUPPORTED_LOCKFILE_NAMES = [
    'Gemfile.lock',
    'composer.lock',
    'Pipfile.lock',
    'pdm.lock',
    'bun.lock',
    'bun.lockb',
    'packages.lock.json',
    'paket.lock',
    'mix.lock',
    'pubspec.lock',
    'Podfile.lock',
    'Package.resolved',
    'gradle.lockfile',
    'conan.lock',
    'flake.lock',
    'deno.lock'
];
const MANAGER = {
    cargo: 'cargo',
    npm: 'npm',
    pnpm: 'pnpm',
    'yarn-v1': 'yarn',
    'yarn-berry': 'yarn',
    poetry: 'poetry',
    uv: 'uv',
    requirements: 'pip',
    gomod: 'go'
};
/**
 * The names each package manager reads, the one it obeys first: npm takes npm-shrinkwrap.json over
 * package-lock.json when a project has both (and ignores the package-lock.json then).
 */
const OBEYED = {
    cargo: ['Cargo.lock'],
    npm: ['npm-shrinkwrap.json', 'package-lock.json'],
    pnpm: ['pnpm-lock.yaml'],
    yarn: ['yarn.lock'],
    poetry: ['poetry.lock'],
    uv: ['uv.lock'],
    pip: ['requirements.txt'],
    go: ['go.mod']
};
/** The package manager behind a lockfile kind. */
function packageManagerOf(kind) {
    return MANAGER[kind];
}
/** The lockfile names a package manager reads, the one it obeys first (for lookups and messages). */
function lockfileNamesOf(manager) {
    return OBEYED[manager];
}
/** The first `bytes` of a file as text; empty when it cannot be read. */
function head(file, bytes = 4096) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const buffer = Buffer.alloc(bytes);
        return buffer.toString('utf8', 0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, bytes, 0));
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * True when a yarn.lock's opening text is Yarn 2+ ("Berry"): it is YAML with a `__metadata:` block,
 * where Yarn 1 announces itself in a header comment. Berry speaks `yarn npm audit`, Yarn 1 `yarn audit`.
 */
function isYarnBerryText(text) {
    return /^__metadata:/m.test(text);
}
/**
 * The kind of a lockfile from its name (and, for yarn.lock, its first 4 KiB); undefined for a name
 * release-kit does not read. A yarn.lock that cannot be read counts as Yarn 1.
 */
function lockfileKind(file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
    if (base === 'Cargo.lock')
        return 'cargo';
    if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json')
        return 'npm';
    if (base === 'pnpm-lock.yaml')
        return 'pnpm';
    if (base === 'poetry.lock')
        return 'poetry';
    if (base === 'uv.lock')
        return 'uv';
    if (base === 'go.mod')
        return 'gomod';
    if (/^requirements([-._][\w.-]*)?\.txt$/.test(base) || /\.requirements\.txt$/.test(base))
        return 'requirements';
    if (base === 'yarn.lock')
        return isYarnBerryText(head(file)) ? 'yarn-berry' : 'yarn-v1';
    return undefined;
}
function isFile(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
/** Every known lockfile directly in `dir` (not below it), in LOCKFILE_NAMES order. */
function lockfilesIn(dir) {
    const found = [];
    for (const name of LOCKFILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        if (isFile(file))
            found.push({ name, path: file, kind: lockfileKind(file) });
    }
    return found;
}
/** The lockfile `manager` obeys in `dir`, or undefined when it has none there. */
function lockfileFor(dir, manager) {
    for (const name of OBEYED[manager]) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        if (isFile(file))
            return { name, path: file, kind: lockfileKind(file) };
    }
    return undefined;
}
/** Names of lockfiles of unsupported ecosystems directly in `dir`. */
function unsupportedLockfilesIn(dir) {
    return UNSUPPORTED_LOCKFILE_NAMES.filter((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)));
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_KIT_VERSION: () => (/* binding */ RELEASE_KIT_VERSION),
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/** release-kit's version, sent in the User-Agent of every request. Kept in step with package.json by a test. */
const RELEASE_KIT_VERSION = '0.1.0';
const USER_AGENT = `release-kit/${RELEASE_KIT_VERSION} (+https://github.com/release-kit/release-kit)`;


/***/ }),

/***/ 33129:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://cyclonedx.org/schema/spdx.schema.json","type":"string","enum":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","Advanced-Cryptics-Dictionary","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","atc-game","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","BOLA-1.1","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-ask-to-endorse","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","Buddy","Bugroff","BUSL-1.1","bzip2-1.0.5","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","CAPEC-tou","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","eCos-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","FDK-MPEG-H","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0","GPL-1.0+","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0","GPL-2.0+","GPL-2.0-only","GPL-2.0-or-later","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-only","GPL-3.0-or-later","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","Hippocratic-3.0-core","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-critical-systems","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-SMC","HPND-UC","HPND-UC-export-US","HTMLTIDY","hyphen-bulgarian","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0","LGPL-2.0+","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1","LGPL-2.1+","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0+","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-STK","MIT-testregex","MIT-Wu","MITNFA","MMIXware","MMPL-1.0.1","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","MVT-1.1","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","Net-SNMP","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-PD-TNT","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Nunit","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","PADL","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","StandardML-NJ","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TekHVC","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UnRAR","UPL-1.0","URT-RLE","Vim","Vixie-Cron","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","WTFNMFPL","WTFPL","wwl","wxWindows","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1","389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","Classpath-exception-2.0-short","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","Google-Patent-WebM","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","kvirc-openssl-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","Nokia-Qt-exception-1.1","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","rsync-linking-exception","SANE-exception","SHL-2.0","SHL-2.1","Simple-Library-Usage-exception","Spelling-Provider-LGPL-exception","sqlitestudio-OpenSSL-exception","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]}');

/***/ })

};
