// The codecs the record layer hands compressed images to: WSQ through the
// native decoder (formats/wsq), everything else through formats/images.
import { RidgelineError } from '../../core/errors';
import { decodeWsq } from '../wsq';
import type { ImageDecoders } from './images';

export const defaultDecoders: ImageDecoders = {
  wsq: decodeWsq,
  raster: () => {
    throw new RidgelineError('unsupported', 'PNG, JPEG and JPEG 2000 records need the formats/images codecs');
  },
};
