import { install } from 'source-map-support';

/**
 * Stack traces of the built bundle point into the TypeScript sources. Mapped when a trace is
 * formatted, from the bundle's own map only: `node --enable-source-maps` parsed the maps of every
 * module loaded at start (each OTel and driver file ships one), a tenth of a service's start-up
 * (profiled). Does nothing where Node already maps (tsx in development, the flag given by hand).
 */
export function mapStackTraces(): void {
  if (process.sourceMapsEnabled) return;
  install({ environment: 'node', handleUncaughtExceptions: false });
}
