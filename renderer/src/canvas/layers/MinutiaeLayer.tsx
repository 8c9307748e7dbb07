import { Circle, Group, Layer, Line, Rect } from 'react-konva';
import type { Annotation } from '../../../../preload/contract/cases';
import { DIRECTION_TICK, MARKER_RADIUS, ORIGIN_COLOURS } from './minutia-style';

/**
 * Minutiae as circle + direction tick (endings) or square + tick (bifurcations);
 * cores and deltas as larger markers. Strokes keep a constant on-screen width.
 */
export function MinutiaeLayer({ annotations, scale }: { annotations: readonly Annotation[]; scale: number }) {
  const stroke = 1.5 / scale;
  return (
    <Layer name="minutiae" listening={false}>
      {annotations.map((a) => {
        const colour = ORIGIN_COLOURS[a.origin];
        const tick =
          a.direction === null
            ? null
            : [a.x, a.y, a.x + Math.cos(a.direction) * DIRECTION_TICK, a.y - Math.sin(a.direction) * DIRECTION_TICK];
        if (a.kind !== 'minutia') {
          const size = MARKER_RADIUS * 2;
          return (
            <Group key={a.id}>
              {a.kind === 'core' ? (
                <Circle x={a.x} y={a.y} radius={size} stroke={colour} strokeWidth={stroke * 1.5} />
              ) : (
                <Line points={[a.x, a.y - size, a.x + size, a.y + size, a.x - size, a.y + size]} closed stroke={colour} strokeWidth={stroke * 1.5} />
              )}
            </Group>
          );
        }
        return (
          <Group key={a.id}>
            {a.minutiaType === 'bifurcation' ? (
              <Rect x={a.x - MARKER_RADIUS} y={a.y - MARKER_RADIUS} width={MARKER_RADIUS * 2} height={MARKER_RADIUS * 2} stroke={colour} strokeWidth={stroke} />
            ) : (
              <Circle x={a.x} y={a.y} radius={MARKER_RADIUS} stroke={colour} strokeWidth={stroke} />
            )}
            {tick && <Line points={tick} stroke={colour} strokeWidth={stroke} />}
          </Group>
        );
      })}
    </Layer>
  );
}
