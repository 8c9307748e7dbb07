// Reads the features of every Type-9 record of a transaction. A Type-9 record
// describes the image record with the same IDC; that image gives the resolution
// and height the metric blocks need to land in pixels.
import { intItem, textField } from '../ansi-nist/fields';
import { listImages, type RecordImage } from '../ansi-nist/image-records';
import type { ReadWarning, TaggedRecord, Transaction } from '../ansi-nist/model';
import type { Type9Features } from './model';
import { readEfsBlock, readIafisBlock, readIncitsBlock, readStandardBlock } from './read-blocks';

const DEFAULT_PPI = 500;

export function readType9Features(transaction: Transaction, warn: (w: ReadWarning) => void = () => undefined): Type9Features[] {
  const images = listImages(transaction).filter((i) => i.friction);
  const features: Type9Features[] = [];
  transaction.records.forEach((record, recordIndex) => {
    if (record.encoding !== 'tagged' || record.type !== 9) return;
    features.push(readType9(record, recordIndex, images, warn));
  });
  return features;
}

function readType9(record: TaggedRecord, recordIndex: number, images: readonly RecordImage[], warn: (w: ReadWarning) => void): Type9Features {
  const idc = intItem(record, 2) ?? 0;
  const image = images.find((i) => i.idc === idc);
  const ppi = image && !image.ppiAssumed ? image.ppi : DEFAULT_PPI;
  const ctx = { recordIndex, ppi, imageHeight: image ? image.height : null, warn };
  const fingerPositions = (textField(record, 6) ?? []).flat().map((p) => Number.parseInt(p, 10)).filter((p) => Number.isInteger(p) && p !== 255);
  return {
    recordIndex,
    idc,
    impression: intItem(record, 3) ?? null,
    fingerPositions,
    ppi,
    standard: readStandardBlock(record, ctx),
    iafis: readIafisBlock(record, ctx),
    incits: readIncitsBlock(record, ctx),
    efs: readEfsBlock(record, ctx),
  };
}
