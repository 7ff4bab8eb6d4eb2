import { crc32 } from 'node:zlib';
import { SimError } from '../server.js';
import type { GitHubApi } from './api.js';
import { flattenTree, getObject, resolveCommitish } from './git-store.js';
import { streamBuffer } from './routes-assets.js';
import type { SimRepo } from './state.js';
import { writeTarGz, type TarEntry } from '../tar.js';

function files(repo: SimRepo, sha: string): { path: string; data: Buffer; mode: string }[] {
  const commit = getObject(repo, sha, 'commit')!;
  return [...flattenTree(repo, commit.tree)].map(([path, f]) => ({
    path,
    mode: f.mode,
    data: getObject(repo, f.sha, 'blob')?.content ?? Buffer.alloc(0)
  }));
}

/** A gzipped ustar archive with everything under `<owner>-<repo>-<sha7>/`, as GitHub's tarballs. */
export function tarball(repo: SimRepo, sha: string, root: string): Buffer {
  const commit = getObject(repo, sha, 'commit')!;
  const mtime = Math.floor(new Date(commit.committer.date).getTime() / 1000);
  const entries: TarEntry[] = [{ name: root + '/', mode: 0o775, directory: true }];
  for (const f of files(repo, sha)) {
    entries.push({ name: `${root}/${f.path}`, data: f.data, mode: f.mode === '100755' ? 0o775 : 0o664 });
  }
  return writeTarGz(entries, { mtime });
}

/** A zip (stored, no compression) with the same layout. */
export function zipball(repo: SimRepo, sha: string, root: string): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files(repo, sha)) {
    const name = Buffer.from(`${root}/${f.path}`);
    const crc = crc32(f.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Source archives: the API answers with a redirect to the download host (GitHub's codeload). */
export function registerArchiveRoutes(api: GitHubApi): void {
  for (const format of ['tarball', 'zipball'] as const) {
    const redirect = (repo: SimRepo, ref: string) => {
      const sha = resolveCommitish(repo, ref);
      if (!sha) throw new SimError(404, 'Not Found');
      const kind = format === 'tarball' ? 'tar.gz' : 'zip';
      return {
        status: 302,
        headers: {
          location: `${api.server.objectsUrl()}/archive/${repo.owner}/${repo.name}/${kind}/${ref.split('/').map(encodeURIComponent).join('/')}`
        }
      };
    };
    api.route('GET', `/repos/:owner/:repo/${format}`, (req, caller) => {
      const repo = api.repo(req, caller);
      return redirect(repo, repo.default_branch);
    });
    api.route('GET', `/repos/:owner/:repo/${format}/*ref`, (req, caller) =>
      redirect(api.repo(req, caller), req.params.ref)
    );
  }
  // The web URLs formulas and `curl -L` use (`…/archive/refs/tags/v1.2.3.tar.gz`) answer 303 See Other to
  // the archive host, so clients must follow a 303 as a GET.
  api.route(
    'GET',
    '/:owner/:repo/archive/*ref',
    (req, caller) => {
      const repo = api.repo(req, caller);
      const m = /^(.+)\.(tar\.gz|zip)$/.exec(req.params.ref);
      if (!m) throw new SimError(404, 'Not Found');
      const ref = m[1].replace(/^refs\/(?:tags|heads)\//, '');
      if (!resolveCommitish(repo, ref)) throw new SimError(404, 'Not Found');
      return {
        status: 303,
        headers: {
          location: `${api.server.objectsUrl()}/archive/${repo.owner}/${repo.name}/${m[2]}/${ref.split('/').map(encodeURIComponent).join('/')}`
        }
      };
    },
    'downloads'
  );
  api.route(
    'GET',
    '/archive/:owner/:repo/:kind/*ref',
    (req, caller) => {
      const repo = api.repo(req, caller);
      const sha = resolveCommitish(repo, req.params.ref);
      if (!sha) throw new SimError(404, 'Not Found');
      const root = `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`;
      const zip = req.params.kind === 'zip';
      if (!zip && req.params.kind !== 'tar.gz') throw new SimError(404, 'Not Found');
      const data = zip ? zipball(repo, sha, root) : tarball(repo, sha, root);
      return {
        status: 200,
        headers: {
          'content-type': zip ? 'application/zip' : 'application/x-gzip',
          'content-length': String(data.length),
          'content-disposition': `attachment; filename=${root}.${zip ? 'zip' : 'tar.gz'}`
        },
        body: streamBuffer(data)
      };
    },
    'downloads'
  );
}
