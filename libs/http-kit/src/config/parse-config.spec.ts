import { z } from 'zod';
import { parseConfig } from './parse-config';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535),
  MONGO_URL: z.string().startsWith('mongodb://'),
  AMQP_URL: z.string().startsWith('amqp://'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn']).default('info'),
});

const fail = (message: string): never => {
  throw new Error(message);
};

describe('parseConfig', () => {
  it('returns the typed config', () => {
    expect(parseConfig(schema, { PORT: '3000', MONGO_URL: 'mongodb://x', AMQP_URL: 'amqp://y' }, { fail })).toEqual({
      PORT: 3000, MONGO_URL: 'mongodb://x', AMQP_URL: 'amqp://y', LOG_LEVEL: 'info',
    });
  });

  it('lists every bad or missing variable on its own line, without echoing values', () => {
    expect(() => parseConfig(schema, { PORT: 'abc', MONGO_URL: 'postgres://secret@db' }, { fail })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^Invalid configuration.*\n {2}- PORT: .+\n {2}- MONGO_URL: .+\n {2}- AMQP_URL: missing; .+$/) }),
    );
    try {
      parseConfig(schema, { PORT: 'abc', MONGO_URL: 'postgres://secret@db' }, { fail });
    } catch (e) {
      expect((e as Error).message).not.toContain('secret');
    }
  });

  it('by default writes to stderr and exits 1', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => parseConfig(schema, {})).toThrow('exit 1');
    expect(write).toHaveBeenCalledWith(expect.stringContaining('- PORT: missing'));
    write.mockRestore();
    exit.mockRestore();
  });
});
