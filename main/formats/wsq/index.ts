export { decodeWsq, decodeWsqSync, isWsq, DEFAULT_PPI, type WsqImage } from './decode';
export { parseNistcom, type Nistcom } from './nistcom';
export { encodeWsq, encodeWsqSync, WSQ_DEFAULT_BITRATE, type WsqEncodeOptions } from '../../../native-matcher/lib/wsq';
