/** Renders the markdown of actions/<name>/README.md from a parsed action.yml. */
export function renderActionDoc(name: string, action: Record<string, unknown>): string;
export function writeActionDocs(root: string, only?: string[] | null): void;
export function writeCliMetadata(root: string): void;
export function pascalName(key: string): string;
export function renderActionIo(name: string, action: Record<string, unknown>): string;
export function writeActionIo(root: string): Promise<void>;
