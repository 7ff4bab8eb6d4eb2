/**
 * Orders crates so that each comes after the crates it depends on (the order `cargo publish
 * --workspace` uploads them in); ties are broken by name so that the summary is stable. A cycle
 * (impossible through normal dependencies, which cargo rejects) leaves the rest in name order.
 */
export function orderByDependencies<T extends { name: string; dependsOn: string[] }>(items: T[]): T[] {
  const pending = new Map(items.map((i) => [i.name, i]));
  const done = new Set<string>();
  const out: T[] = [];
  while (pending.size) {
    const ready = [...pending.values()]
      .filter((i) => i.dependsOn.every((d) => done.has(d) || !pending.has(d)))
      .sort((a, b) => a.name.localeCompare(b.name));
    const batch = ready.length
      ? [ready[0]]
      : [...pending.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const i of batch) {
      out.push(i);
      done.add(i.name);
      pending.delete(i.name);
    }
  }
  return out;
}
