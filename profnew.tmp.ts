import { generateDetectionStream } from './tools/synthetic/detection.js';
const which = process.argv[2];
const mod = which === 'old' ? await import('/tmp/detfeed/old/src/detection/index.js') : await import('./src/detection/index.js');
const { signals } = generateDetectionStream({ signals: 300000, seed: 20220201 });
for (let r = 0; r < 4; r++) mod.detectMatches(signals);
