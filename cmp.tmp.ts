import { detectMatches as detNew } from './src/detection/index.js';
import { detectMatches as detOld } from '/tmp/detfeed/old/src/detection/index.js';
import { generateDetectionStream } from './tools/synthetic/detection.js';
const N = Number(process.argv[2] ?? 200000);
const REPS = Number(process.argv[3] ?? 6);
const { signals } = generateDetectionStream({ signals: N, seed: 20220201 });
function cpu(f: () => unknown) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; }
const t = { old: [] as number[], new: [] as number[] };
for (let r = 0; r < REPS; r++) {
  t.old.push(cpu(() => detOld(signals)));
  t.new.push(cpu(() => detNew(signals)));
}
const min = (a: number[]) => Math.min(...a);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
console.log(JSON.stringify({ N, oldMin: Math.round(min(t.old)), newMin: Math.round(min(t.new)), ratioMin: +(min(t.new) / min(t.old)).toFixed(3), ratioMed: +(med(t.new) / med(t.old)).toFixed(3), env: process.env['NODUP'] ? 'NODUP' : process.env['OLDCHECK'] ? 'OLDCHECK' : '' }));
