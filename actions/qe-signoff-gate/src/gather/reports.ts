/** Earlier release-kit steps' report.json files: each one's failures count against the release. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getErrorMessage } from '#core/errors.js';
import type { CheckItem } from '../evidence.js';

interface ReportJson {
  schema?: string;
  action?: string;
  title?: string;
  status?: string;
  error?: string;
  failures?: { rule?: string; detail?: string; url?: string }[];
}

/** Reads one report.json into an item; an unreadable or foreign file is a failure, never a pass. */
export async function reportItem(file: string, cwd = process.cwd()): Promise<CheckItem> {
  const full = path.resolve(cwd, file);
  const base = { kind: 'report' as const, required: true, names: [file, path.basename(file)] };
  let json: ReportJson;
  try {
    json = JSON.parse(await readFile(full, 'utf8')) as ReportJson;
  } catch (e) {
    return {
      ...base,
      name: file,
      state: 'failure',
      conclusion: 'unreadable',
      detail: `cannot read ${file}: ${getErrorMessage(e)}`
    };
  }
  if (json?.schema !== 'release-kit/report@1') {
    return {
      ...base,
      name: file,
      state: 'failure',
      conclusion: 'not a report',
      detail: `${file} is not a release-kit report.json (schema ${JSON.stringify(json?.schema)})`
    };
  }
  const failures = Array.isArray(json.failures) ? json.failures : [];
  // A step that threw has status failure with an error and possibly no recorded failures: count it once.
  const count = failures.length || (json.status === 'failure' ? 1 : 0);
  const name = json.action ?? path.basename(file);
  const firstFew = failures
    .slice(0, 3)
    .map((f) => `${f.rule ?? 'failure'}: ${f.detail ?? ''}`)
    .concat(failures.length === 0 && json.error ? [json.error] : []);
  return {
    ...base,
    name,
    names: [name, ...base.names],
    state: count ? 'failure' : 'success',
    conclusion: count ? `${count} failure${count > 1 ? 's' : ''}` : 'success',
    detail: count
      ? firstFew.join('; ') + (failures.length > 3 ? `; and ${failures.length - 3} more` : '')
      : `${file}`
  };
}
