// Finding 1 of the security review: a packaged app loads only its bundled addon.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addonCandidates, isPackagedElectron } from '../../native-matcher/lib/load';

const bundled = path.join('/opt/Ridgeline/resources', 'app.asar.unpacked', 'native-matcher', 'build', 'Release', 'ridgeline_native.node');

describe('native addon loading', () => {
  it('a packaged app ignores RIDGELINE_NATIVE_ADDON and searches no folders', () => {
    const candidates = addonCandidates({
      packaged: true,
      resourcesPath: '/opt/Ridgeline/resources',
      env: { RIDGELINE_NATIVE_ADDON: '/tmp/evil.node' },
      searchFrom: ['/home/examiner/Downloads', '/opt/Ridgeline/resources/app.asar/out/main'],
    });
    expect(candidates).toEqual([bundled]);
  });

  it('a packaged app without a resources path loads nothing rather than searching', () => {
    expect(addonCandidates({ packaged: true, env: {}, searchFrom: ['/tmp'] })).toEqual([]);
  });

  it('outside a packaged app the override comes first, then the source tree', () => {
    const candidates = addonCandidates({ packaged: false, env: { RIDGELINE_NATIVE_ADDON: 'build/x.node' }, searchFrom: ['/repo/out/main'] });
    expect(candidates[0]).toBe(path.resolve('build/x.node'));
    expect(candidates).toContain(path.join('/repo', 'native-matcher', 'build', 'Release', 'ridgeline_native.node'));
  });

  it('knows a packaged Electron main process from Node and from `electron .`', () => {
    expect(isPackagedElectron({ versions: { node: '20' } })).toBe(false);
    expect(isPackagedElectron({ versions: { node: '20', electron: '45.4.1' }, defaultApp: true })).toBe(false);
    expect(isPackagedElectron({ versions: { node: '20', electron: '45.4.1' } })).toBe(true);
  });
});
