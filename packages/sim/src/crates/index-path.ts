/**
 * The sparse-index path of a crate's file, as cargo computes it from the lowercased name:
 * `1/{n}`, `2/{n}`, `3/{first char}/{n}`, else `{first two}/{next two}/{n}`.
 */
export function indexPath(name: string): string {
  const n = name.toLowerCase();
  if (n.length === 1) return `1/${n}`;
  if (n.length === 2) return `2/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}

/** The crate name an index path addresses, or undefined when the path does not follow the layout. */
export function nameFromIndexPath(path: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  const name = parts[parts.length - 1];
  if (!name) return undefined;
  return indexPath(name) === parts.join('/') ? name : undefined;
}
