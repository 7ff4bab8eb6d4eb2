export const STAMP_FILE: string;
export const REBUILD_COMMAND: string;
export function sourceModules(stats: unknown, root: string): string[];
export function writeStamp(root: string, statsFile: string, outDir: string): void;
export function staleSources(root: string, stampPath: string): string[];
export function stampOf(root: string, name: string): string | undefined;
/** Throws unless dist/<name> is stamped and none of its source modules changed since the build. */
export function assertBundleFresh(root: string, name: string): void;
