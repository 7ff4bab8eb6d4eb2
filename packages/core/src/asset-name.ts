/**
 * GitHub's rule for the name it stores when a release asset is uploaded. GitHub documents only that it
 * "renames asset filenames that have special characters, non-alphanumeric characters, and leading or
 * trailing periods"; the rule below is the one its answers show (see the recorded names in
 * test/sim/github-fidelity.test.ts): `1~bpo12` → `1.bpo12`, `My App.exe` → `My.App.exe`,
 * `(15-5)` → `.15-5.`, `żółw.txt` → `zolw.txt`, `.config` → `default.config`.
 */

// Letters Unicode's compatibility decomposition does not split into a base letter and marks.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ŋ: 'ng',
  Ŋ: 'NG',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H'
};

/**
 * The name GitHub will store for an upload named `name`: non-ASCII letters transliterated, every run of
 * characters outside `A-Z a-z 0-9 . _ - + @` turned into one `.`, trailing dots dropped, and `default`
 * put before a leading dot.
 */
export function githubStoredAssetName(name: string): string {
  const ascii = [...name.normalize('NFKD').replace(/\p{M}+/gu, '')].map((c) => LETTERS[c] ?? c).join('');
  const safe = ascii.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/\.+$/, '');
  if (safe === '') return 'default';
  return safe.startsWith('.') ? `default${safe}` : safe;
}

/** Whether GitHub stores `name` unchanged. */
export function keepsAssetName(name: string): boolean {
  return githubStoredAssetName(name) === name;
}
