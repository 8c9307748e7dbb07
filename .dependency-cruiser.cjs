// The layer rules of README "What runs where", checked by `npm test` (scripts/layers.mjs).
// Each rule names the layer it protects; a violation fails the build with the
// importing file, the imported file and the rule's comment.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-the-bottom',
      comment:
        'preload/shared is imported by every layer (main, preload, renderer, native-matcher): it imports only ' +
        'itself, no Node built-in, no Electron and no npm package, so it runs unchanged in every process.',
      severity: 'error',
      from: { path: '^preload/shared/' },
      to: { pathNot: '^preload/shared/' },
    },
    {
      name: 'core-knows-no-shell',
      comment:
        'main/core is the Electron-free domain the app, the CLI, Node tests and the E2E bridge all run: it imports ' +
        'neither the API registry, the Electron shell, the CLI nor Electron itself.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: ['^main/(api|electron|cli|protocol)/', '^main/index\\.ts$', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'formats-know-no-domain',
      comment:
        'main/formats reads and writes files (ANSI/NIST-ITL, EFS, templates, images) and knows no domain: it may ' +
        'import only itself, preload/shared, the native addon loader and npm packages.',
      severity: 'error',
      from: { path: '^main/formats/' },
      to: { path: '^(main|preload|renderer|test|scripts)/', pathNot: ['^main/formats/', '^preload/shared/'] },
    },
    {
      name: 'matcher-knows-no-app',
      comment: 'native-matcher/lib wraps the addon for any Node program: nothing from main/, renderer/ or the contract.',
      severity: 'error',
      from: { path: '^native-matcher/' },
      to: { path: '^(main|renderer|test|scripts)/|^preload/(?!shared/)' },
    },
    {
      name: 'preload-knows-no-main',
      comment: 'preload (the contract and the bridge) runs in the sandboxed renderer process: nothing from main/.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { path: '^(main|renderer|native-matcher)/' },
    },
    {
      name: 'contract-is-environment-free',
      comment:
        'preload/contract is imported by the renderer and by main: zod and itself only, no Node built-in, no Electron.',
      severity: 'error',
      from: { path: '^preload/contract/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-talks-through-the-contract',
      comment:
        'The renderer is untrusted: it imports preload/shared and only types from preload/contract; its one way ' +
        'out is the API client over window.ridgeline. Nothing from main/, native-matcher/ or the preload bridge.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|native-matcher|test|scripts)/|^preload/(?!shared/|contract/)' },
    },
    {
      name: 'renderer-imports-contract-types-only',
      comment: 'The zod schemas are validated in main; the renderer needs only their types (import type).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^preload/contract/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs sandboxed in Chromium: no Node built-in.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-sql-outside-core',
      comment:
        'One owner per table: the API methods and the CLI reach data only through the narrow typed functions of ' +
        'main/core modules, never through the database driver (ws.db is checked by ESLint).',
      severity: 'error',
      from: { path: '^main/(api|cli)/' },
      to: { path: '(^|/)node_modules/better-sqlite3' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
