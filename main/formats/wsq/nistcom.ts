// NISTCOM: the NIST comment block WSQ encoders write ("NIST_COM <n>" then one
// "KEY value" per line). The native decoder already reads PPI from it; this
// parse gives the inspect/CLI views every field.

export type Nistcom = Record<string, string>;

export function parseNistcom(comments: readonly string[]): Nistcom | null {
  const block = comments.find((c) => c.startsWith('NIST_COM'));
  if (block === undefined) return null;
  const fields: Nistcom = {};
  for (const raw of block.split('\n')) {
    // Some writers end the block with a NUL byte.
    const line = raw.replace(/\0.*$/s, '').trim();
    if (line === '') continue;
    const space = line.search(/[ \t]/);
    const key = space < 0 ? line : line.slice(0, space);
    const value = space < 0 ? '' : line.slice(space + 1).trim();
    if (!(key in fields)) fields[key] = value;
  }
  return fields;
}
