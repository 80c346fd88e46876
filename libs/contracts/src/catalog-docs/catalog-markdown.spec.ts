import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageCatalog } from '../catalog/catalog';
import { catalogMarkdown } from './catalog-markdown';

const MESSAGES_MD = join(__dirname, '..', '..', 'MESSAGES.md');
const REGENERATE = 'libs/contracts/MESSAGES.md is out of date: run `npx tsx libs/contracts/scripts/write-catalog.ts` and commit the result';

describe('catalogMarkdown', () => {
  const markdown = catalogMarkdown();

  it('is what MESSAGES.md holds on disk', () => {
    const onDisk = readFileSync(MESSAGES_MD, 'utf8');
    if (onDisk !== markdown) throw new Error(REGENERATE);
    expect(onDisk).toBe(markdown);
  });

  it('documents every message type with its version and its sending and receiving services', () => {
    const entries = messageCatalog.list();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const start = markdown.indexOf(`### ${e.type} v${e.version}\n`);
      expect(start).toBeGreaterThan(-1);
      const end = markdown.indexOf('\n### ', start + 1);
      const section = markdown.slice(start, end === -1 ? undefined : end);
      expect(section).toContain(`- **Version:** ${e.version}`);
      for (const s of e.from) expect(section.split('\n').find((l) => l.startsWith('- **Sending services:**'))).toContain(`\`${s}\``);
      for (const s of e.to) expect(section.split('\n').find((l) => l.startsWith('- **Receiving services:**'))).toContain(`\`${s}\``);
    }
  });

  it('explains the envelope, signing, routing, dead-lettering and versioning', () => {
    for (const text of ['messageId', 'schemaVersion', 'x-sx-signature', 'x-sx-key-id', 'Ed25519', '<toService>.<type>', 'x-sx-dead-reason-code', 'beside the old one']) {
      expect(markdown).toContain(text);
    }
  });

  it('cites the paragraph of each step it documents', () => {
    expect(markdown).toMatch(/\| R1 \| R1 §\d+/);
    expect(markdown).toMatch(/\| R2 \| R2 §\d+/);
    expect(markdown).toMatch(/\| R3 \| R3 §\d+/);
  });
});
