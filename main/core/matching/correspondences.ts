// Proposed minutia correspondences between a case's query print and one of its
// candidates: both prints are extracted and compared by the native matcher (on
// its worker threads, never on the JS thread), and the pairs it used for its
// score are returned in each print's own source-image pixels so a viewer can
// mark them. The matcher only proposes; the examiner confirms or rejects each
// pair. Electron-free: the API method and tests call it directly.
import { compare, extract, MATCH_THRESHOLD, type Features, type GrayImage, type Minutia } from '../../../native-matcher';
import type { PartnerScope } from '../cases/cases';
import { candidateAccess } from '../cases/access';
import { RidgelineError } from '../errors';
import type { PrintImage } from '../prints/prints';
import type { Workspace } from '../workspace';

export interface MinutiaPosition {
  x: number;
  y: number;
  /** Radians in [0, 2π), counter-clockwise on screen (preload/shared/fingerprint.ts). */
  direction: number;
}

export interface ProposedPair {
  /** 1-based: the number drawn next to both minutiae of the pair. */
  index: number;
  query: MinutiaPosition;
  candidate: MinutiaPosition;
  weight: number;
}

export interface ProposedCorrespondences {
  score: number;
  threshold: number;
  aboveThreshold: boolean;
  pairs: ProposedPair[];
  /** Maps query pixels onto candidate pixels: scale, rotate (screen CCW radians), translate. */
  transform: { rotation: number; dx: number; dy: number; scale: number };
  queryMinutiaCount: number;
  candidateMinutiaCount: number;
}

const position = (m: Minutia): MinutiaPosition => ({ x: m.x, y: m.y, direction: m.direction });

function grayImage(image: PrintImage): GrayImage {
  return { width: image.width, height: image.height, ppi: image.ppi, pixels: image.pixels };
}

/** A minutia the matcher named by index; a missing one means the addon broke its own contract. */
function minutiaAt(features: Features, index: number, side: string): Minutia {
  const minutia = features.template.minutiae[index];
  if (!minutia) throw new RidgelineError('internal', `The matcher paired ${side} minutia ${index}, which it did not extract`);
  return minutia;
}

/** Extracts both prints, compares them and explains the comparison by its pairs. */
export async function proposeCorrespondences(query: PrintImage, candidate: PrintImage): Promise<ProposedCorrespondences> {
  if (MATCH_THRESHOLD === undefined) throw new RidgelineError('unsupported', 'The native matcher is not available; build it with npm run build:native');
  const threshold = MATCH_THRESHOLD;
  const [queryFeatures, candidateFeatures] = await Promise.all([extract(grayImage(query)), extract(grayImage(candidate))]);
  const result = await compare(queryFeatures.template, candidateFeatures.template);
  // Strongest first, so the low numbers are the pairs that weigh most in the score.
  const ordered = [...result.pairs].sort((a, b) => b.weight - a.weight);
  return {
    score: result.score,
    threshold,
    aboveThreshold: result.score >= threshold,
    pairs: ordered.map((pair, i) => ({
      index: i + 1,
      query: position(minutiaAt(queryFeatures, pair.probe, 'query')),
      candidate: position(minutiaAt(candidateFeatures, pair.candidate, 'candidate')),
      weight: pair.weight,
    })),
    transform: { ...result.transform },
    queryMinutiaCount: queryFeatures.template.minutiae.length,
    candidateMinutiaCount: candidateFeatures.template.minutiae.length,
  };
}

/**
 * The proposed correspondences of one candidate, if its case is in the
 * caller's partner scope (outside it, the candidate answers exactly like a
 * missing one), its state lets candidates be viewed and the query print's
 * analysis is recorded as suitable (core/cases/access.ts).
 */
export async function candidateCorrespondences(
  workspace: Workspace,
  scope: PartnerScope,
  candidateId: string,
): Promise<ProposedCorrespondences> {
  const ref = candidateAccess(workspace, scope, candidateId, 'candidates.view');
  return proposeCorrespondences(workspace.prints.image(ref.queryPrintId), workspace.prints.image(ref.candidatePrintId));
}
