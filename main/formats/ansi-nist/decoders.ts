// The codecs the record layer hands compressed images to: WSQ through the
// native decoder (native-matcher/src/wsq), everything else through formats/images.
import type { GrayImage } from '../../../native-matcher/lib/types';
import { loadAddon } from '../../../native-matcher/lib/load';
import { native } from '../../../native-matcher/lib/errors';
import { RidgelineError } from '../../core/errors';
import type { ImageDecoders } from './images';

interface WsqAddon {
  decodeWsq(bytes: Uint8Array): Promise<{ width: number; height: number; ppi: number | null; pixels: Uint8Array; comments: string[] }>;
}

async function decodeWsqNative(data: Uint8Array): Promise<GrayImage> {
  const addon = loadAddon<WsqAddon>();
  const image = await native(() => addon.decodeWsq(data));
  return { width: image.width, height: image.height, ppi: image.ppi ?? 500, pixels: image.pixels };
}

export const defaultDecoders: ImageDecoders = {
  wsq: decodeWsqNative,
  raster: () => {
    throw new RidgelineError('unsupported', 'PNG, JPEG and JPEG 2000 records need the formats/images codecs');
  },
};
