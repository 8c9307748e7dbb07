import type { Annotation } from '../../../../preload/contract/cases';

/** Colours by origin, so the examiner can always tell whose marking it is. */
export const ORIGIN_COLOURS: Record<Annotation['origin'], string> = {
  matcher: '#36c5f0',
  examiner: '#f2c94c',
  'ground-truth': '#6fcf97',
};

/** Length of a minutia's direction tick, in image pixels. */
export const DIRECTION_TICK = 14;
export const MARKER_RADIUS = 5;
