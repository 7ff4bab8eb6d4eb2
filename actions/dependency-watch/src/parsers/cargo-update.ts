import type { OutdatedPackage, ParseResult } from '../findings.js';
import { looksLikeInfrastructure } from './common.js';

// `    Updating serde v1.0.190 -> v1.0.203 (available: v2.0.0)`; a crate from another registry has
// ``(registry `name`)`` after its version; with --verbose, `Unchanged rand v0.7.3 (available: v0.8.5)`;
// older cargo said `(latest: v…)`.
const CHANGE =
  /^\s*(Updating|Downgrading|Unchanged)\s+(\S+)\s+v(\S+)(?:\s+\(registry `[^`]*`\))?(?:\s+->\s+v(\S+))?(?:\s+\((?:available|latest):\s+v([^)\s]+)\))?\s*$/;

/**
 * Parses the text of `cargo update --dry-run` (cargo prints it on stderr). Each `Updating a vX -> vY`
 * line is a package behind what its requirement allows; `(available: vZ)` names a newer
 * incompatible release. `error:` lines mean cargo could not resolve (usually: could not reach the
 * registry index), which is a failure, not "up to date".
 */
export function parseCargoUpdate(
  stdout: string,
  stderr: string,
  exitCode: number
): ParseResult<OutdatedPackage> {
  const text = `${stderr}\n${stdout}`;
  const lines = text.split(/\r?\n/);
  const error = lines.findIndex((l) => /^error(?:\[\w+\])?:/.test(l.trim()));
  if (error >= 0 || exitCode !== 0) {
    const detail =
      error >= 0
        ? lines
            .slice(error, error + 6)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' ')
        : `cargo exited with ${exitCode}`;
    return { ok: false, infrastructure: looksLikeInfrastructure(text), reason: detail.slice(0, 400) };
  }
  const items: OutdatedPackage[] = [];
  for (const line of lines) {
    const m = CHANGE.exec(line);
    if (!m || m[2] === 'crates.io' || m[3] === 'index') continue;
    const [, verb, name, current, target, available] = m;
    if (verb === 'Unchanged' && !available) continue;
    const wanted = verb === 'Unchanged' ? current : (target ?? current);
    items.push({ ecosystem: 'cargo', package: name, current, wanted, latest: available ?? wanted });
  }
  return { ok: true, items };
}
