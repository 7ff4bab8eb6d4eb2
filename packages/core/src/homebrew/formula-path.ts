// Where a formula lives in a tap. Homebrew looks in Formula/, HomebrewFormula/ and the tap root;
// homebrew-core and large taps shard Formula/ by first letter (Formula/j/jet.rb, Formula/lib/libfoo.rb).

export interface FormulaTarget {
  /** The formula's name (`jet`), for branch names, messages and `{formula}`. */
  name: string;
  /** Paths to try in order; one when the input was a path. */
  candidates: string[];
}

const NAME = /^[a-z0-9][a-z0-9@+._-]*$/i;
const SEGMENT = /^[A-Za-z0-9@+._-]+$/;

/**
 * Parses one `formula` item: a name or a path in the tap.
 * @returns the target, or a message saying what is wrong.
 */
export function formulaTarget(item: string): FormulaTarget | string {
  if (item.includes('/') || item.endsWith('.rb')) {
    const segments = item.split('/');
    const bad =
      item.startsWith('/') ||
      !item.endsWith('.rb') ||
      segments.some((s) => !SEGMENT.test(s) || s === '.' || s === '..');
    if (bad)
      return `${JSON.stringify(item)} is not a formula path in the tap; use a relative path such as Formula/jet.rb or Formula/j/jet.rb.`;
    const name = segments[segments.length - 1].slice(0, -3);
    if (!NAME.test(name)) return `${JSON.stringify(item)} does not name a formula file.`;
    return { name, candidates: [item] };
  }
  if (!NAME.test(item) || item.length > 100) {
    return `${JSON.stringify(item)} is not a formula name; use letters, digits and @ + . _ - (such as jet or jet@2), or a path such as Formula/jet.rb.`;
  }
  const name = item;
  const candidates = [`Formula/${name}.rb`, `Formula/${name[0].toLowerCase()}/${name}.rb`];
  if (name.startsWith('lib')) candidates.push(`Formula/lib/${name}.rb`);
  candidates.push(`HomebrewFormula/${name}.rb`, `${name}.rb`);
  return { name, candidates };
}
