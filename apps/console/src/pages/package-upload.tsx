import { useState } from 'preact/hooks';
import type { Case } from '../api/api-types';
import type { DocumentKind } from '../api/console-api';
import { assignKinds, KINDS } from '../cases/package-kinds';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Failure } from './failure';

const kindKey = (k: DocumentKind): MessageKey => `kind_${k.replace('-', '_')}` as MessageKey;

type Progress = { state: 'hashing' | 'uploading' | 'uploaded'; sha256?: string } | { state: 'failed'; error: unknown };

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
/** Computed here so the official sees the fingerprint before sending, and the server checks it (X-Content-SHA256). */
const sha256Of = async (f: File) => hex(await crypto.subtle.digest('SHA-256', await f.arrayBuffer()));

/** `proposal`: which candidate's package (1, then 2 after a refusal's new candidate …); documents of earlier ones stay in the record. */
export function PackageUpload({ theCase, proposal, onUploaded }: { theCase: Case; proposal: number; onUploaded: () => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [progress, setProgress] = useState<Partial<Record<DocumentKind, Progress>>>({});
  const [counts, setCounts] = useState({ done: 0, total: 0 });
  const [dragging, setDragging] = useState(false);
  const current = theCase.documents.filter((d) => d.proposal === proposal);
  const byKind = new Map(current.map((d) => [d.kind, d]));

  const upload = async (pairs: readonly [DocumentKind, File][]) => {
    setCounts({ done: 0, total: pairs.length });
    const seen: Partial<Record<DocumentKind, Progress>> = {};
    const show = (k: DocumentKind, p: Progress) => setProgress({ ...progress, ...Object.assign(seen, { [k]: p }) });
    for (const [i, [kind, file]] of pairs.entries()) {
      try {
        show(kind, { state: 'hashing' });
        const sha256 = await sha256Of(file);
        show(kind, { state: 'uploading', sha256 });
        await api.attach(theCase.caseId, kind, file, sha256);
        show(kind, { state: 'uploaded', sha256 });
      } catch (error) {
        show(kind, { state: 'failed', error });
      }
      setCounts({ done: i + 1, total: pairs.length });
    }
    onUploaded();
  };
  const present = new Set(current.map((d) => d.kind as DocumentKind));
  const onFiles = (files: FileList | null) => void (files && files.length > 0 && upload(assignKinds([...files], present)));

  return (
    <section aria-labelledby="package-title" class="package-upload">
      <h2 id="package-title">{t('uploadPackage')} <small class="cite">{theCase.ruleSet} §{theCase.ruleSet === 'R2' ? 13 : 12}</small></h2>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); onFiles(e.dataTransfer?.files ?? null); }}
      >
        <label for="package-files">{t('dropHere')}</label>
        <input id="package-files" name="package-files" type="file" multiple onChange={(e) => onFiles(e.currentTarget.files)} />
        {counts.total > 0 ? <progress max={counts.total} value={counts.done} aria-label={t('uploading')}>{counts.done}/{counts.total}</progress> : null}
      </div>
      <table class="package">
        <thead><tr><th scope="col">{t('documents')}</th><th scope="col">{t('status')}</th><th scope="col">SHA-256</th><th scope="col">{t('replace')}</th></tr></thead>
        <tbody>
          {KINDS.map((k) => {
            const doc = byKind.get(k);
            const p = progress[k];
            return (
              <tr key={k} data-kind={k} data-state={p?.state ?? (doc ? 'uploaded' : 'missing')}>
                <th scope="row">{t(kindKey(k))}{doc ? <><br /><small>{doc.fileName}</small></> : null}</th>
                <td>{p?.state === 'failed' ? <Failure error={p.error} /> : t(p ? p.state : doc ? 'uploaded' : 'missing')}</td>
                <td><code class="sha">{(p && p.state !== 'failed' ? p.sha256 : undefined) ?? doc?.sha256 ?? '—'}</code></td>
                <td>
                  <label for={`file-${k}`} class="file-button">{doc ? t('replace') : t('chooseFile')}<span class="visually-hidden"> — {t(kindKey(k))}</span></label>
                  <input id={`file-${k}`} name={`file-${k}`} type="file" class="visually-hidden" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void upload([[k, f]]); }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
