// Bytes cross between the threads as Uint8Array with their ArrayBuffer
// transferred, not copied: a packet of tens of megabytes moves in O(1) and the
// sender can no longer touch it. Only views that cover their whole buffer are
// transferred; a view into a shared or larger buffer (a Node Buffer from the
// pool, a subarray) is cloned instead, so nothing else loses its memory.

const MAX_DEPTH = 4;

function collect(value: unknown, depth: number, into: Set<ArrayBuffer>): void {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
  if (ArrayBuffer.isView(value)) {
    const { buffer, byteOffset, byteLength } = value;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength && byteLength > 0) into.add(buffer);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, into);
    return;
  }
  for (const key of Object.keys(value)) collect((value as Record<string, unknown>)[key], depth + 1, into);
}

/** The ArrayBuffers in `value` (a call's arguments or result) that can be moved rather than copied. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  collect(value, 0, found);
  return [...found];
}
