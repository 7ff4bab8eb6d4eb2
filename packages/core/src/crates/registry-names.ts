// What a crate registry accepts as names, versions and index URLs: shared by every action that
// reads a registry (crates-verify, release-rollback).

/** The default registry's sparse index. */
export const DEFAULT_INDEX = 'sparse+https://index.crates.io/';

/** crates.io's rule for names: ASCII letter first, then letters, digits, `-` and `_`, at most 64. */
export const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

// Semantic versioning 2.0.0, as cargo accepts it (no leading `v`, no leading zeros).
const NUM = '(?:0|[1-9]\\d*)';
const IDENT = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
export const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`
);

/** `sparse+https://host/path` → `https://host/path/`; undefined for anything cargo would not read as a sparse index. */
export function parseIndexUrl(text: string): string | undefined {
  const raw = text.startsWith('sparse+') ? text.slice('sparse+'.length) : text;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.search || url.hash || url.username || url.password) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** An http(s) URL without trailing slashes; undefined for anything else. */
export function parseHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}
