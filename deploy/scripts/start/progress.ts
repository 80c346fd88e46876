// One line per event of `npm start`, prefixed with the time and the service, so five services
// starting at once stay readable.
const width = 'presidential-administration'.length;
const clock = (): string => new Date().toTimeString().slice(0, 8);

export const say = (service: string, text: string): void => {
  process.stdout.write(`[${clock()}] ${service.padEnd(width)}  ${text}\n`);
};

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
