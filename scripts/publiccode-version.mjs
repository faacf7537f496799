// Part of `npm run release`: writes the version from package.json and today's date (Amsterdam)
// into publiccode.yml as softwareVersion and releaseDate, keeping its comments and order.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const doc = parseDocument(readFileSync('publiccode.yml', 'utf8'));
if (!isMap(doc.contents)) throw new Error('publiccode.yml: expected a mapping at the top level');

if (doc.has('softwareVersion')) {
  doc.set('softwareVersion', version);
  doc.set('releaseDate', today);
} else {
  // Place both after the url keys, where the standard's examples put them.
  const items = doc.contents.items;
  const at = items.findIndex((pair) => String(pair.key) === 'landingURL') + 1 || items.length;
  items.splice(at, 0, doc.createPair('softwareVersion', version), doc.createPair('releaseDate', today));
}
writeFileSync('publiccode.yml', doc.toString({ lineWidth: 0 }));
console.log(`publiccode.yml: softwareVersion ${version}, releaseDate ${today}`);
