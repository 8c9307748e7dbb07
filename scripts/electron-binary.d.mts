export declare function findElectronBinary(): { found: true; path: string } | { found: false; reason: string };
