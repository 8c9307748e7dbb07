// Generator speed: `npx tsx test/unit/synthetic/bench.ts [count]`. Prints JSON
// figures (CPU and wall milliseconds per master finger and per impression, at
// 400 x 400). Not a test: figures depend on the machine and its load.
import { generateMasterFinger, renderImpression } from '../../../main/core/synthetic';

const count = Number(process.argv[2] ?? 10);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// Warm up the JIT so the figures describe steady state.
renderImpression(generateMasterFinger({ seed: 999, width: 400, height: 400 }), { seed: 1 });

const master = { cpu: 0, wall: 0 };
const impression = { cpu: 0, wall: 0 };
let minutiae = 0;
for (let i = 0; i < count; i++) {
  let cpu = process.cpuUsage();
  let wall = performance.now();
  const finger = generateMasterFinger({ seed: 1000 + i, width: 400, height: 400 });
  master.cpu += cpuMs(cpu);
  master.wall += performance.now() - wall;
  cpu = process.cpuUsage();
  wall = performance.now();
  const print = renderImpression(finger, { seed: i, rotation: 0.4, dx: 10, dy: -10, visibleFraction: 0.8, dryness: 0.2, noise: 6, blur: 0.8 });
  impression.cpu += cpuMs(cpu);
  impression.wall += performance.now() - wall;
  minutiae += print.minutiae.length;
}
const per = (total: number) => Math.round((total / count) * 10) / 10;
console.log(
  JSON.stringify(
    {
      size: '400x400',
      count,
      masterMs: { cpu: per(master.cpu), wall: per(master.wall) },
      impressionMs: { cpu: per(impression.cpu), wall: per(impression.wall) },
      printMs: { cpu: per(master.cpu + impression.cpu), wall: per(master.wall + impression.wall) },
      minutiaePerImpression: per(minutiae),
    },
    null,
    2,
  ),
);
