import { startHead } from './head-start.js';

// Listing and hashing start before the rest of the action loads (see head-start.ts), so the import
// below is dynamic: its ~50 ms of loading overlaps with hashing instead of coming first.
const head = await startHead();
const { run } = await import('./main.js');
await run(head);
