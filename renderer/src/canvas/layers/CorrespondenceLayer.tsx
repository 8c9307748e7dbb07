import { Circle, Group, Layer, Line, Text } from 'react-konva';

/** One end of a correspondence on this print: its number is shared with the other print. */
export interface CorrespondenceMark {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Radians, CCW on screen (screen vector (cos, -sin)); drawn as a short tick when known. */
  direction?: number;
  status: 'proposed' | 'accepted' | 'rejected';
  /** The pair the examiner is pointing at in the list: drawn stronger on both prints. */
  highlighted?: boolean;
}

const STATUS_COLOURS: Record<CorrespondenceMark['status'], string> = {
  proposed: '#bb86fc',
  accepted: '#27ae60',
  rejected: '#eb5757',
};
const HIGHLIGHT = '#ffd166';
const RADIUS = 9;
const TICK = 16;

export function CorrespondenceLayer({ marks, scale }: { marks: readonly CorrespondenceMark[]; scale: number }) {
  const stroke = 2 / scale;
  return (
    <Layer name="correspondences" listening={false}>
      {marks.map((m) => {
        const colour = m.highlighted ? HIGHLIGHT : STATUS_COLOURS[m.status];
        const radius = m.highlighted ? RADIUS * 1.6 : RADIUS;
        return (
          <Group key={m.id} x={m.x} y={m.y} name={m.highlighted ? 'correspondence highlighted' : 'correspondence'}>
            <Circle radius={radius} stroke={colour} strokeWidth={m.highlighted ? stroke * 1.5 : stroke} />
            {m.direction !== undefined && (
              <Line points={[0, 0, Math.cos(m.direction) * TICK, -Math.sin(m.direction) * TICK]} stroke={colour} strokeWidth={stroke} />
            )}
            <Text text={m.label} x={radius + 1} y={-radius - 9} fontSize={(m.highlighted ? 15 : 12) / scale} fill={colour} />
          </Group>
        );
      })}
    </Layer>
  );
}
