import type { CaseDocument } from '../api/api-types';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';

/** The file comes behind the agency's credential, so the browser saves it from a blob. */
async function save(api: ReturnType<typeof useApp>['api'], caseId: string, file: CaseDocument): Promise<void> {
  const blob = await api.download(caseId, file.sha256);
  const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
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
          <button type="button" class="link" onClick={() => void save(api, caseId, d)} aria-label={`${t('download')} ${d.fileName}`}>
            {t('download')}
          </button>
        </li>
      ))}
    </ul>
  );
}
