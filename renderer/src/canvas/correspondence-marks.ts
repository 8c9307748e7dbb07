// Proposed pairs -> the marks one viewer draws: the pair's minutia on that
// print, numbered as in the list so the examiner finds the same number on both.
import type { ProposedCorrespondences } from '../../../preload/contract/correspondences';
import type { ViewerId } from '../store/canvas';
import type { CorrespondenceMark } from './layers/CorrespondenceLayer';

export function correspondenceMarks(result: ProposedCorrespondences | null, viewer: ViewerId, hovered: number | null): CorrespondenceMark[] {
  if (!result) return [];
  return result.pairs.map((pair) => {
    const minutia = viewer === 'query' ? pair.query : pair.candidate;
    return {
      id: `proposed-${pair.index}`,
      label: String(pair.index),
      x: minutia.x,
      y: minutia.y,
      direction: minutia.direction,
      status: 'proposed' as const,
      highlighted: pair.index === hovered,
    };
  });
}
