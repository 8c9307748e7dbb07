export { decodeWsq, decodeWsqSync, isWsq, DEFAULT_PPI, type WsqImage } from './decode';
export { parseNistcom, type Nistcom } from './nistcom';
