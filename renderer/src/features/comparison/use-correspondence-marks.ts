import { useMemo } from 'react';
import { correspondenceMarks } from '../../canvas/correspondence-marks';
import type { CorrespondenceMark } from '../../canvas/layers/CorrespondenceLayer';
import type { ViewerId } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { useCorrespondenceStore } from '../../store/correspondences';

/** The marks of the selected candidate's proposed pairs for one viewer; none while another candidate's answer is pending. */
export function useCorrespondenceMarks(viewer: ViewerId): CorrespondenceMark[] {
  const selected = useComparisonStore((s) => s.candidateId);
  const candidateId = useCorrespondenceStore((s) => s.candidateId);
  const result = useCorrespondenceStore((s) => s.result);
  const hovered = useCorrespondenceStore((s) => s.hovered);
  return useMemo(
    () => (candidateId === selected ? correspondenceMarks(result, viewer, hovered) : []),
    [candidateId, selected, result, viewer, hovered],
  );
}
