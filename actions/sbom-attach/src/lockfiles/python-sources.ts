/**
 * Where a Python lockfile says a package came from, as purl qualifiers. A git checkout is not the
 * registry release of the same name and version: its purl carries the repository and the commit in
 * the purl spec's `vcs_url` qualifier (`git+<repository>@<commit>`), so the two never collide.
 */
export interface PythonSource {
  qualifiers: Record<string, string>;
  downloadLocation?: string;
}

/** A git source: repository URL without query or fragment, and the resolved commit. */
export function gitSource(repository: string, commit: string | undefined): PythonSource {
  const url = repository.replace(/^git\+/, '').replace(/[?#].*$/, '');
  const location = `git+${url}${commit ? `@${commit}` : ''}`;
  return { qualifiers: { vcs_url: location }, downloadLocation: location };
}

/**
 * poetry.lock's `[package.source]`: `git` (url + resolved_reference), `url` (an archive), `legacy`
 * (another index). `directory`/`file` sources are local paths: no qualifier can make them a registry
 * package, so they keep the plain purl and are reported in the notes by the caller.
 */
export function poetrySource(source: Record<string, any> | undefined): PythonSource {
  if (!source || typeof source.url !== 'string') return { qualifiers: {} };
  if (source.type === 'git')
    return gitSource(
      source.url,
      typeof source.resolved_reference === 'string' ? source.resolved_reference : undefined
    );
  if (source.type === 'url')
    return { qualifiers: { download_url: source.url }, downloadLocation: source.url };
  if (source.type === 'legacy') return { qualifiers: { repository_url: source.url } };
  return { qualifiers: {} };
}

/**
 * uv.lock's `source`: `{ git = "<url>?rev=…#<commit>" }`, `{ url = "<archive>" }`, `{ registry = … }`
 * (PyPI itself needs no qualifier).
 */
export function uvSource(source: Record<string, any> | undefined): PythonSource {
  if (!source) return { qualifiers: {} };
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
