// ANSI/NIST-ITL 1-2011 (Update 2015) traditional encoding, versions 0200-0502:
// read, inspect and write transactions, and decode their images.
export { readTransaction, type ReadOptions, type ReadResult } from './reader';
export { finalize, writeTransaction } from './writer';
export { frictionImageRecord, transaction, type1Record, type2Record, type FrictionImageInput, type TransactionHeader } from './builders';
export { listImages, describeImage, FRICTION_RIDGE_TYPES, type Compression, type RecordImage } from './image-records';
export { decodeRecordImage, type ImageDecoders } from './images';
export { defaultDecoders } from './decoders';
export { inspectTransaction, formatInspection, type Inspection } from './inspect';
export { fieldName, RECORD_TYPE_NAMES } from './field-names';
export { impressionCategory, positionName } from './codes';
export { binaryData, field, firstItem, intItem, numberItem, textField } from './fields';
export type { AnRecord, BinaryRecord, Field, ReadWarning, TaggedRecord, Transaction } from './model';
