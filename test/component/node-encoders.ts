// Imported first by component tests that run the real host (and so openpgp).
// Under jsdom the global Uint8Array is jsdom's, while Node's encoders, Buffer
// and crypto return Node's: openpgp checks Uint8Array by prototype and refuses
// them. Put Node's Uint8Array (and encoders) back, as in the real main process.
import { TextDecoder, TextEncoder } from 'node:util';

const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
Object.assign(globalThis, { Uint8Array: NodeUint8Array, TextEncoder, TextDecoder });
