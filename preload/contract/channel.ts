// The IPC channel name on its own, so the sandboxed preload can use it without
// bundling the contract's zod schemas (main validates; preload only forwards).
// Must equal IPC_CHANNEL in ./index.ts (checked by test/shell/preload.test.ts).
export const PRELOAD_IPC_CHANNEL = 'ridgeline:invoke';
