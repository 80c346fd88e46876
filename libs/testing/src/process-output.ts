import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Everything a child process prints, kept for assertions and for error messages. */
export class ProcessOutput {
  private text = '';
  private readonly file?: WriteStream;

  constructor(logFile?: string) {
    if (logFile) this.file = createWriteStream(logFile, { flags: 'a' });
  }

  capture(stream: Readable | null): void {
    stream?.on('data', (chunk: Buffer) => {
      this.text += chunk.toString();
      this.file?.write(chunk);
    });
  }

  all(): string {
    return this.text;
  }

  /** JSON log lines (pino); other output is skipped. */
  jsonLines(): Record<string, unknown>[] {
    return this.text.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  tail(lines = 60): string {
    return this.text.split('\n').slice(-lines).join('\n');
  }

  close(): Promise<void> {
    return new Promise((done) => (this.file ? this.file.end(done) : done()));
  }
}
