import { startHead, startVerifyHead } from './head-start.js';

// Hashing starts before the rest of the action loads (see head-start.ts), so the import below is
// dynamic: its ~50 ms of loading overlaps with hashing instead of coming first.
const head = (await startHead()) ?? startVerifyHead();
const { run } = await import('./main.js');
await run(head);
