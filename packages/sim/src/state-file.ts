import type { SimStateFile } from './module.js';

/** Buffers are saved as `{ "$base64": "…" }` so binary state (blobs, asset bytes) survives JSON. */
function bufferReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $base64: raw.toString('base64') };
  return value;
}

export function bufferReviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.$base64 === 'string' && Object.keys(o).length === 1) return Buffer.from(o.$base64, 'base64');
  }
  return value;
}

/** Serialises a state file the way `--save` writes it. */
export function stringifyState(state: SimStateFile): string {
  return JSON.stringify(state, bufferReplacer, 2) + '\n';
}

/** Parses a state file the way `--state` reads it. */
export function parseState(text: string): SimStateFile {
  return JSON.parse(text, bufferReviver) as SimStateFile;
}
