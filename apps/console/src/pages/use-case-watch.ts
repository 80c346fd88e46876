import { useEffect } from 'preact/hooks';
import { useApp } from '../app-context';

const HOLD_SECONDS = 25;

/**
 * Held reads (GET /cases/{id}?afterSeq=N): the service answers as soon as its copy has a step after
 * `seq` (another party acted), so the page follows the case without polling every few seconds.
 */
export function useCaseWatch(caseId: string, seq: number, onChanged: () => void): void {
  const { api } = useApp();
  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      while (!abort.signal.aborted) {
        try {
          const c = await api.caseAfter(caseId, seq, HOLD_SECONDS, abort.signal);
          if (c.seq > seq) return onChanged();
        } catch {
          // A refused or failed read: wait a little, the session handler deals with a 401.
          await new Promise((r) => setTimeout(r, 5_000));
        }
      }
    })();
    return () => abort.abort();
  }, [api, caseId, seq]);
}
