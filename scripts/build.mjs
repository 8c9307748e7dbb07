// Builds everything with Vite: the renderer bundle, the Electron main process,
// the sandboxed preload (CommonJS: sandboxed preloads cannot load ES modules)
// and the CLI. Node built-ins and npm dependencies stay external in main/CLI.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const pkg = (await import(path.join(root, 'package.json'), { with: { type: 'json' } })).default;
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}).filter((d) => !['zod', 'react', 'react-dom', 'zustand', 'konva', 'react-konva'].includes(d)),
];

const node = (name, entry, outDir, fileName, { emptyOutDir = true } = {}) => ({
  name,
  config: {
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node20',
      outDir: path.join(root, outDir),
      emptyOutDir,
      sourcemap: true,
      minify: false,
      rollupOptions: {
        input: path.join(root, entry),
        external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
        output: { format: 'cjs', entryFileNames: fileName, inlineDynamicImports: true },
      },
    },
  },
});

const targets = [
  {
    name: 'renderer',
    config: {
      root: path.join(root, 'renderer'),
      configFile: false,
      logLevel: 'warn',
      base: './',
      esbuild: { jsx: 'automatic' },
      build: { outDir: path.join(root, 'out', 'renderer'), emptyOutDir: true, sourcemap: true, target: 'chrome130' },
    },
  },
  node('main', 'main/index.ts', 'out/main', 'index.cjs'),
  // The core worker thread (SQLite, parsing, decoding) beside the main script: built with `main`, never alone.
  { ...node('main', 'main/api/worker/entry.worker.ts', 'out/main', 'core-worker.cjs', { emptyOutDir: false }), name: 'main' },
  {
    name: 'preload',
    config: {
      root,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: path.join(root, 'out', 'preload'),
        emptyOutDir: true,
        minify: false,
        target: 'chrome130',
        rollupOptions: {
          input: path.join(root, 'preload/index.ts'),
          external: ['electron'],
          output: { format: 'cjs', entryFileNames: 'index.cjs', inlineDynamicImports: true },
        },
      },
    },
  },
  node('cli', 'main/cli/main.ts', 'out/cli', 'ridgeline.cjs'),
];

for (const target of targets) {
  if (only.length && !only.includes(target.name)) continue;
  const started = Date.now();
  await build(target.config);
  console.log(`built ${target.name} in ${Date.now() - started} ms`);
}
