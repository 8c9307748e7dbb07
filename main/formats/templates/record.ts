// A finger minutiae record (ISO/IEC 19794-2:2005 or ANSI INCITS 378-2004) and
// its conversion to and from our Template. A record may hold several views;
// a Template is one view with the record's image size and resolution.
import type { Template } from '../../../preload/shared/fingerprint';
import { RidgelineError } from '../../../preload/shared/errors';
import type { FingerView } from './finger-view';
import { pixelsPerCmToPpi, ppiToPixelsPerCm } from './units';

export type RecordStandard = 'iso19794-2:2005' | 'ansi378:2004';

export interface FingerMinutiaeRecord {
  standard: RecordStandard;
  width: number;
  height: number;
  /** Resolution as stored: pixels per centimetre. */
  xResolution: number;
  yResolution: number;
  /** Capture equipment compliance (4 bits) and device type / ID (12 bits). */
  equipmentCompliance: number;
  equipmentId: number;
  /** ANSI 378 only: CBEFF product identifier owner and type. */
  productOwner: number;
  productType: number;
  views: FingerView[];
  /** Tolerated deviations from the standard found while reading. */
  warnings: string[];
}

export interface ViewDescription {
  fingerPosition?: number;
  impressionType?: number;
  quality?: number;
}

// Resolution 0 means "not recorded"; our matcher then assumes the default 500 ppi.
const DEFAULT_PPI = 500;

export function recordToTemplate(record: FingerMinutiaeRecord, viewIndex = 0): Template {
  const view = record.views[viewIndex];
  if (!view) {
    throw new RidgelineError('bad-file', `${record.standard}: the record has no finger view ${viewIndex}`, {
      views: record.views.length,
    });
  }
  return {
    width: record.width,
    height: record.height,
    ppi: record.xResolution > 0 ? pixelsPerCmToPpi(record.xResolution) : DEFAULT_PPI,
    minutiae: view.minutiae.map((m) => ({ ...m })),
  };
}

export function templateToRecord(template: Template, standard: RecordStandard, view: ViewDescription = {}): FingerMinutiaeRecord {
  const resolution = ppiToPixelsPerCm(template.ppi);
  if (!(resolution > 0 && resolution <= 0xffff)) {
    throw new RidgelineError('invalid-argument', `template ppi ${template.ppi} cannot be stored`);
  }
  if (!(template.width >= 0 && template.width <= 0xffff && template.height >= 0 && template.height <= 0xffff)) {
    throw new RidgelineError('unsupported', `image size ${template.width}x${template.height} does not fit the record`);
  }
  return {
    standard,
    width: template.width,
    height: template.height,
    xResolution: resolution,
    yResolution: resolution,
    equipmentCompliance: 0,
    equipmentId: 0,
    productOwner: 0,
    productType: 0,
    views: [
      {
        fingerPosition: view.fingerPosition ?? 0,
        viewNumber: 0,
        impressionType: view.impressionType ?? 0,
        quality: view.quality ?? 0,
        minutiae: template.minutiae.map((m) => ({ ...m })),
        extendedData: new Uint8Array(0),
      },
    ],
    warnings: [],
  };
}
