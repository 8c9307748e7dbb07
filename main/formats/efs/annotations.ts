// Between Type-9 features, marked features (preload/shared/fingerprint.ts, the
// contract's annotations before they are stored) and matcher minutiae. All use
// pixels, y down, and the ISO direction convention, so the mapping is by field,
// not geometry.
import type { FeatureOrigin, MarkedFeature, Minutia } from '../../../preload/shared/fingerprint';
import type { CoreFeature, DeltaFeature, EfsBlock, MinutiaFeature, Type9Features } from './model';

/** An annotation before it belongs to a stored print. */
export type AnnotationDraft = MarkedFeature;

export interface AnnotationOrigin {
  origin: FeatureOrigin;
  author: string;
}

/** The most detailed block of a record: EFS, then INCITS 378, then the NIST standard, then the IAFIS block. */
export function bestFeatures(features: Type9Features): { minutiae: MinutiaFeature[]; cores: CoreFeature[]; deltas: DeltaFeature[] } | null {
  return features.efs ?? features.incits ?? features.standard ?? features.iafis;
}

export function annotationsFromFeatures(
  block: { minutiae: readonly MinutiaFeature[]; cores: readonly CoreFeature[]; deltas: readonly DeltaFeature[] },
  origin: AnnotationOrigin,
): AnnotationDraft[] {
  const base = { origin: origin.origin, author: origin.author };
  return [
    ...block.minutiae.map((m): AnnotationDraft => ({ ...base, kind: 'minutia', x: m.x, y: m.y, direction: m.direction, minutiaType: m.type, quality: m.quality })),
    ...block.cores.map((c): AnnotationDraft => ({ ...base, kind: 'core', x: c.x, y: c.y, direction: c.direction, minutiaType: null, quality: null })),
    ...block.deltas.map((d): AnnotationDraft => ({ ...base, kind: 'delta', x: d.x, y: d.y, direction: d.directions[0] ?? null, minutiaType: null, quality: null })),
  ];
}

/** The feature lists of an EFS block from a print's current annotations (order kept). */
export function featuresFromAnnotations(annotations: readonly Pick<MarkedFeature, 'kind' | 'x' | 'y' | 'direction' | 'minutiaType' | 'quality'>[]): Pick<EfsBlock, 'minutiae' | 'cores' | 'deltas'> {
  const minutiae: MinutiaFeature[] = [];
  const cores: CoreFeature[] = [];
  const deltas: DeltaFeature[] = [];
  for (const a of annotations) {
    if (a.kind === 'minutia') {
      minutiae.push({ x: a.x, y: a.y, direction: a.direction ?? 0, type: a.minutiaType ?? 'unknown', quality: a.quality });
    } else if (a.kind === 'core') cores.push({ x: a.x, y: a.y, direction: a.direction });
    else deltas.push({ x: a.x, y: a.y, directions: a.direction === null ? [] : [a.direction] });
  }
  return { minutiae, cores, deltas };
}

/** Matcher minutiae from features; unknown types become 'other', missing quality 50. */
export function matcherMinutiae(minutiae: readonly MinutiaFeature[]): Minutia[] {
  return minutiae.map((m) => ({ x: m.x, y: m.y, direction: m.direction, type: m.type === 'unknown' ? 'other' : m.type, quality: m.quality ?? 50 }));
}
