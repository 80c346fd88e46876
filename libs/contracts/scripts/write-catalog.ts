// Regenerates libs/contracts/MESSAGES.md from the message catalog:
//   npx tsx libs/contracts/scripts/write-catalog.ts
// With --freeze it also writes the frozen wire schema of the current case message version
// (src/messages/case-events.v<N>.frozen.json): only when that version is new.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogMarkdown } from '../src/catalog-docs/catalog-markdown';
import { CASE_EVENT_MESSAGE_VERSION } from '../src/messages/case-event.schema';
import { wireContractJsonSchema } from '../src/messages/frozen-case-events';

const target = join(__dirname, '..', 'MESSAGES.md');
writeFileSync(target, catalogMarkdown(), 'utf8');
console.log(`wrote ${target}`);
if (process.argv.includes('--freeze')) {
  const frozen = join(__dirname, '..', 'src/messages', `case-events.v${CASE_EVENT_MESSAGE_VERSION}.frozen.json`);
  writeFileSync(frozen, `${JSON.stringify(wireContractJsonSchema(), null, 1)}\n`, 'utf8');
  console.log(`froze ${frozen}`);
}
