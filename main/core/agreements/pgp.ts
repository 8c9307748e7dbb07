// openpgp.js, loaded on first use: most calls never need it, and it checks
// Uint8Array by prototype at load time, which fails under jsdom (component
// tests), so nothing that merely imports the workspace may load it.
export type OpenPgp = typeof import('openpgp');

let loading: Promise<OpenPgp> | null = null;

export function pgp(): Promise<OpenPgp> {
  loading ??= import('openpgp');
  return loading;
}
