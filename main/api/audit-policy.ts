// What the API host audits beyond what handlers record themselves. Handlers
// that change state write their own entry in the same transaction as the
// change; the host adds an entry for any other call that is not listed here as
// quiet (reads that expose no personal data, or the session's own bookkeeping),
// so a new method is audited by default until someone decides otherwise.
import type { MethodName } from '../../preload/contract';

const quiet: ReadonlySet<string> = new Set<MethodName>([
  'auth.status',
  'auth.ping',
  'workspace.info',
  'cases.list',
  'audit.query',
  'audit.verify',
  'admin.users.list',
  'admin.partners.list',
  'admin.settings.get',
  // Progress polling of a long import: the import itself is audited.
  'packets.progress',
  // Agreements hold no personal data; their changes are audited by the store.
  'agreements.list',
  'agreements.get',
  'agreements.history',
  'agreements.catalogue',
  'agreements.workstationKey',
]);

/**
 * Reads that expose biometric or biographic data get a named event, written
 * before the handler produces anything: if it cannot be written, the read is
 * refused (see host.ts).
 */
const readEvents: Readonly<Record<string, string>> = {
  'cases.get': 'case.read',
  'prints.annotations': 'print.read',
  'candidates.correspondences': 'candidate.read',
};

export function isQuiet(method: string): boolean {
  return quiet.has(method);
}

export function isPersonalDataRead(method: string): boolean {
  return Object.hasOwn(readEvents, method);
}

const kebab = (part: string) => part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/[^a-z0-9-]/g, '-');

/** The event name of the host's entry for a call: api.cases.get -> case.read etc. */
export function eventOf(method: string): string {
  return readEvents[method] ?? `api.${method.split('.').map(kebab).join('.')}`;
}

/** At most this many objects per entry: a renderer cannot bloat the trail with one call. */
const MAX_OBJECTS = 50;

/** Objects a call names in its arguments: { caseId: 'c_1' } -> case:c_1. */
export function objectsOf(args: unknown): string[] {
  if (!args || typeof args !== 'object') return [];
  const objects: string[] = [];
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    const match = /^([a-z]+)Ids?$/.exec(key);
    if (!match) continue;
    for (const id of Array.isArray(value) ? value : [value]) {
      if (typeof id === 'string' && id.length <= 128) objects.push(`${match[1]}:${id}`);
      if (objects.length === MAX_OBJECTS) return objects;
    }
  }
  return objects;
}
