// The synthetic fingerprint generator: seeded, reproducible, Electron-free.
// generateMasterFinger() makes one finger's clean ridge pattern and ground
// truth; renderImpression() makes one sensor impression of it.
export { generateMasterFinger, DEFAULT_MASTER_HEIGHT, DEFAULT_MASTER_WIDTH } from './master';
export { renderImpression, VISIBLE_MARGIN } from './impression';
export { createRandom, type Random } from './prng';
export * from './types';
