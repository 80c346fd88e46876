import type { z } from 'zod';
import type { CaseDocumentSchema } from '../api/api.schemas';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';

type CaseDocument = z.infer<typeof CaseDocumentSchema>;

/** The API returns a file as base64 JSON behind the agency's key, so the browser saves it from a blob. */
async function save(api: ReturnType<typeof useApp>['api'], caseId: string, sha256: string): Promise<void> {
  const file = await api.download(caseId, sha256);
  const bytes = Uint8Array.from(atob(file.contentBase64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DocumentList({ caseId, documents }: { caseId: string; documents: readonly CaseDocument[] }) {
  const { api } = useApp();
  const { t } = useI18n();
  if (documents.length === 0) return <p>—</p>;
  return (
    <ul class="documents">
      {documents.map((d) => (
        <li key={`${d.kind}-${d.sha256}`}>
          <strong>{d.kind}</strong> {d.fileName}{' '}
          <code class="sha" title="SHA-256">{d.sha256}</code>{' '}
          <button type="button" class="link" onClick={() => void save(api, caseId, d.sha256)} aria-label={`${t('download')} ${d.fileName}`}>
            {t('download')}
          </button>
        </li>
      ))}
    </ul>
  );
}
