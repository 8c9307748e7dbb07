// The codecs the record layer hands compressed images to: WSQ through the
// native decoder (formats/wsq), PNG, JPEG and JPEG 2000 through formats/images.
import { decodeImageAsync } from '../images';
import { decodeWsq } from '../wsq';
import type { ImageDecoders } from './images';

export const defaultDecoders: ImageDecoders = {
  wsq: decodeWsq,
  raster: (data, format) => decodeImageAsync(data, { format }),
};
