import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Everything a child process prints, kept for assertions and for error messages. */
export class ProcessOutput {
  private text = '';
  private readonly file?: WriteStream;
  private readonly listeners: Array<(text: string) => void> = [];

  constructor(logFile?: string) {
    if (logFile) this.file = createWriteStream(logFile, { flags: 'a' });
  }

  capture(stream: Readable | null): void {
    stream?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      this.text += text;
      this.file?.write(chunk);
      for (const listener of this.listeners) listener(text);
    });
  }

  /** Calls `listener` with everything printed from now on, as it comes (a chunk may end mid-line). */
  onText(listener: (text: string) => void): void {
    this.listeners.push(listener);
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
