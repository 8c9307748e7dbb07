import { Layer } from 'react-konva';
import type { ReactNode } from 'react';

/**
 * The editing overlay: where tools draw transient shapes (a minutia being
 * placed, a selection box). Empty until the markup tools arrive, but present so
 * tools have one agreed place in the layer order, above everything else.
 */
export function OverlayLayer({ children }: { children?: ReactNode }) {
  return <Layer name="editing-overlay">{children}</Layer>;
}
