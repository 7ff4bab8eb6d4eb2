/** Renders the markdown of action-docs/<name>.md from a parsed action.yml. */
export function renderActionDoc(name: string, action: Record<string, unknown>): string;
export function writeActionDocs(root: string, only?: string[] | null): void;
export function writeCliMetadata(root: string): void;
