export { decodeImage, decodeImageAsync, prepareImageCodecs, type DecodeHint } from './decode';
export { encodePng } from './png-encode';
export { detectImageFormat } from './sniff';
export { DEFAULT_PPI, MAX_PIXELS, type DecodedImage, type GrayImage, type ImageFormat } from './types';
