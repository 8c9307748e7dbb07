// Friction ridge features of a Type-9 record, in the pixel space of the image
// they describe: origin at the top-left, y down, directions in radians counter-
// clockwise as seen on screen (the ISO/IEC 19794-2 convention our matcher and
// annotations use). Each block of the record (NIST standard, INCITS 378 "M1",
// EFS) converts its own units and conventions into this on reading.

export type MinutiaKind = 'ending' | 'bifurcation' | 'unknown';

export interface MinutiaFeature {
  x: number;
  y: number;
  /** Radians in [0, 2π). */
  direction: number;
  type: MinutiaKind;
  /** 0..100, null when the block has none. */
  quality: number | null;
  /** EFS MRU: radius of position uncertainty, pixels. */
  positionUncertainty?: number;
  /** EFS MDU: direction uncertainty, radians. */
  directionUncertainty?: number;
}

export interface CoreFeature {
  x: number;
  y: number;
  direction: number | null;
}

export interface DeltaFeature {
  x: number;
  y: number;
  /** Up, left and right ridge directions where given (EFS DUP/DLF/DRT). */
  directions: number[];
}

export interface Point {
  x: number;
  y: number;
}

export interface ExaminerStamp {
  surname: string;
  givenName: string;
  affiliation: string;
  /** "YYYYMMDDhhmmssZ" as in the record (UTC). */
  dateTime: string;
  comment?: string;
}

/** 9.300: the region of interest; the polygon is relative to the image, pixels. */
export interface RegionOfInterest {
  x: number;
  y: number;
  width: number;
  height: number;
  polygon: Point[];
}

/** 9.350: how one feature field was obtained. */
export interface FeatureMethod {
  /** Field number it applies to, e.g. "331", or "ALL". */
  field: string;
  /** AUTO (automatic), PROOF (automatic, examiner-proofed), MAN (manual). */
  method: string;
  vendor: string;
  algorithm: string;
  examiner: ExaminerStamp | null;
}

export type ValueAssessment = 'VALUE' | 'LIMITED' | 'NOVALUE' | 'NONPRINT';

/** 9.353: the examiner's analysis of the image's value. */
export interface AnalysisAssessment {
  value: string;
  examiner: ExaminerStamp;
}

export type CorrespondenceType = 'definite' | 'possible' | 'does-not-correspond';

/** 9.361: a feature in this image and its label shared with the other image. */
export interface Correspondence {
  /** Label common to the two images' records (e.g. "A", "12"). */
  label: string;
  type: CorrespondenceType;
  /** The EFS field of the feature, e.g. 331 for a minutia. */
  field: number;
  /** 1-based index of the feature in that field. */
  index: number;
}

export type Determination = 'identification' | 'exclusion' | 'inconclusive';

/** 9.362: the examiner's comparison determination against another image. */
export interface ComparisonDetermination {
  /** IDC of the image record this one was compared with. */
  otherIdc: number;
  determination: Determination;
  /** The code as written, kept so unknown codes survive a read. */
  code: string;
  examiner: ExaminerStamp;
}

export interface EfsBlock {
  roi: RegionOfInterest | null;
  fingerPosition: number | null;
  cores: CoreFeature[];
  deltas: DeltaFeature[];
  minutiae: MinutiaFeature[];
  methods: FeatureMethod[];
  comment: string | null;
  latentProcessing: string[];
  analysis: AnalysisAssessment | null;
  correspondences: Correspondence[];
  determination: ComparisonDetermination | null;
}

export interface StandardBlock {
  /** 9.005 OFR: originating system name. */
  system: string;
  minutiae: MinutiaFeature[];
  cores: CoreFeature[];
  deltas: DeltaFeature[];
}

/** The FBI IAFIS block (9.014-9.023): 0.01 mm units from the top-left, ISO directions. */
export type IafisBlock = StandardBlock;

export interface IncitsBlock {
  width: number;
  height: number;
  ppi: number;
  fingerPosition: number | null;
  minutiae: MinutiaFeature[];
  cores: CoreFeature[];
  deltas: DeltaFeature[];
}

export interface Type9Features {
  recordIndex: number;
  idc: number;
  impression: number | null;
  fingerPositions: number[];
  /** Resolution used to turn metric units into pixels. */
  ppi: number;
  standard: StandardBlock | null;
  iafis: IafisBlock | null;
  incits: IncitsBlock | null;
  efs: EfsBlock | null;
}
