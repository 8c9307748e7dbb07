// Code tables of ANSI/NIST-ITL 1-2011: friction ridge positions (Table 8) and
// impression types (Table 7), as words an examiner reads.
const POSITIONS: Record<number, string> = {
  0: 'unknown finger',
  1: 'right thumb',
  2: 'right index',
  3: 'right middle',
  4: 'right ring',
  5: 'right little',
  6: 'left thumb',
  7: 'left index',
  8: 'left middle',
  9: 'left ring',
  10: 'left little',
  11: 'plain right thumb',
  12: 'plain left thumb',
  13: 'plain right four fingers',
  14: 'plain left four fingers',
  15: 'left and right thumbs',
  16: 'right extra digit',
  17: 'left extra digit',
  18: 'unknown friction ridge',
  19: 'EJI or tip',
  20: 'unknown palm',
  21: 'right full palm',
  22: "right writer's palm",
  23: 'left full palm',
  24: "left writer's palm",
  25: 'right lower palm',
  26: 'right upper palm',
  27: 'left lower palm',
  28: 'left upper palm',
  29: 'right other palm',
  30: 'left other palm',
  31: 'right interdigital',
  32: 'right thenar',
  33: 'right hypothenar',
  34: 'left interdigital',
  35: 'left thenar',
  36: 'left hypothenar',
  37: 'right grasp',
  38: 'left grasp',
};

export const positionName = (code: number): string => POSITIONS[code] ?? `position ${code}`;

/** A short impression category for prints (the code stays in the record). */
export function impressionCategory(code: number | null): string {
  if (code === null) return 'unknown';
  if (code === 0 || code === 2) return 'plain';
  if (code === 1 || code === 3) return 'rolled';
  if ((code >= 4 && code <= 7) || (code >= 12 && code <= 15)) return 'latent';
  if (code === 8) return 'swipe';
  if (code === 10 || code === 11) return 'palm';
  if (code === 20 || code === 21 || code === 22 || code === 23) return 'contactless plain';
  if (code === 24 || code === 25) return 'contactless rolled';
  if (code === 28) return 'other';
  return 'unknown';
}
