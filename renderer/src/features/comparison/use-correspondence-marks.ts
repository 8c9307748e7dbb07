import { useMemo } from 'react';
import type { CorrespondenceMark } from '../../canvas/features';
import type { ViewerId } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { isWeak, useCorrespondenceStore } from '../../store/correspondences';

/** The marks of the selected candidate's proposed pairs for one viewer; none while another candidate's answer is pending. */
export function useCorrespondenceMarks(viewer: ViewerId): CorrespondenceMark[] {
  const selected = useComparisonStore((s) => s.candidateId);
  const candidateId = useCorrespondenceStore((s) => s.candidateId);
  const result = useCorrespondenceStore((s) => s.result);
  const hovered = useCorrespondenceStore((s) => s.hovered);
  return useMemo(() => {
    if (candidateId !== selected || !result) return [];
    return result.pairs.map((pair) => {
      const minutia = viewer === 'query' ? pair.query : pair.candidate;
      return {
        id: `proposed-${pair.index}`,
        label: String(pair.index),
        x: minutia.x,
        y: minutia.y,
        direction: minutia.direction,
        status: isWeak(result, pair) ? ('weak' as const) : ('proposed' as const),
        highlighted: pair.index === hovered,
      };
    });
  }, [candidateId, selected, result, viewer, hovered]);
}
