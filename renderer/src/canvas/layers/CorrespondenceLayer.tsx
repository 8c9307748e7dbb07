import { Circle, Group, Layer, Text } from 'react-konva';

/** One end of a correspondence on this print: its number is shared with the other print. */
export interface CorrespondenceMark {
  id: string;
  label: string;
  x: number;
  y: number;
  status: 'proposed' | 'accepted' | 'rejected';
}

const STATUS_COLOURS: Record<CorrespondenceMark['status'], string> = {
  proposed: '#bb86fc',
  accepted: '#27ae60',
  rejected: '#eb5757',
};

export function CorrespondenceLayer({ marks, scale }: { marks: readonly CorrespondenceMark[]; scale: number }) {
  const stroke = 2 / scale;
  return (
    <Layer name="correspondences" listening={false}>
      {marks.map((m) => (
        <Group key={m.id} x={m.x} y={m.y}>
          <Circle radius={9} stroke={STATUS_COLOURS[m.status]} strokeWidth={stroke} />
          <Text text={m.label} x={10} y={-18} fontSize={12 / scale} fill={STATUS_COLOURS[m.status]} />
        </Group>
      ))}
    </Layer>
  );
}
