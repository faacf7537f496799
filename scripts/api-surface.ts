// Rewrite docs/api-surface.md from the source: `npm run api-surface`. Review the diff: every
// name in it is a promise to users.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface, surfaceMarkdown } from '../test/architecture/surface.js';

const markdown = surfaceMarkdown(readSurface());
writeFileSync(join(import.meta.dirname, '..', 'docs', 'api-surface.md'), markdown);
console.log(markdown.split('\n').find((l) => l.startsWith('Runtime exports')));
