// Regenerates libs/contracts/MESSAGES.md from the message catalog:
//   npx tsx libs/contracts/scripts/write-catalog.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogMarkdown } from '../src/catalog/catalog-markdown';

const target = join(__dirname, '..', 'MESSAGES.md');
writeFileSync(target, catalogMarkdown(), 'utf8');
console.log(`wrote ${target}`);
