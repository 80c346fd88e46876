import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleApi } from './api/console-api';
import type { Official } from './session/session';

export interface AppServices {
  readonly api: ConsoleApi;
  /** The service this console is served by, e.g. `prime-minister`. */
  readonly service: string;
  /** The signed-in official (from the access token's claims). */
  readonly official: Official;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside AppContext');
  return app;
}
