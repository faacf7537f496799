// What `npm pack` would publish (run after `npm run build`): the full licence text, no test
// fixtures or other development files, and source maps under 20% of the unpacked size.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_MAP_SHARE = 0.2;
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
);
const files = new Map(pack.files.map((f) => [f.path, f.size]));
const problems = [];

// The EUPL (Art. 5) asks that the licence text travels with the work: the whole text, not a link.
const licence = readFileSync('LICENSE', 'utf8');
if (files.get('LICENSE') !== Buffer.byteLength(licence)) problems.push('LICENSE is not in the package as it is in the repository');
for (const part of ['EUROPEAN UNION PUBLIC LICENCE v. 1.2', '5.Obligations of the Licensee', '15.Applicable Law', 'Appendix']) {
  if (!licence.includes(part)) problems.push(`LICENSE lacks the full EUPL-1.2 text (no "${part}")`);
}

const DEVELOPMENT_ONLY = /^(src|test|bench|examples|tools|scripts|docs|coverage|\.changeset)\/|fixtures|\.jsonl$|\.(test|bench)\.|\.tgz$/;
for (const path of files.keys()) if (DEVELOPMENT_ONLY.test(path)) problems.push(`development file in the package: ${path}`);

const mapBytes = [...files].filter(([path]) => path.endsWith('.map')).reduce((sum, [, size]) => sum + size, 0);
const share = mapBytes / pack.unpackedSize;
if (share >= MAX_MAP_SHARE) {
  problems.push(`source maps are ${(share * 100).toFixed(1)}% of the unpacked size (limit ${MAX_MAP_SHARE * 100}%)`);
}

const kB = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(
  `npm pack: ${files.size} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, source maps ${kB(mapBytes)} (${(share * 100).toFixed(1)}%)`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
