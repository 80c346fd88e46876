import type { ConditionRow, Eligibility } from '../api/api-types';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Failure } from './failure';

const statusKey = (s: ConditionRow['status']): MessageKey => `status_${s}`;
const sourceKey = (s: ConditionRow['source']): MessageKey => `source_${s}`;

/** Every condition of the law for the current candidate, cited, with who could check it. */
export function EligibilityChecks({ caseId }: { caseId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [loaded] = useLoad(() => api.eligibility(caseId), [api, caseId]);
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const e = loaded.value;
  const declared = e.conditions.some((c) => c.group === 'eligibility' && c.source === 'senderDeclaration');
  return (
    <div class="eligibility">
      {declared ? <Declaration declaration={e.declaration} /> : null}
      <Conditions rows={e.conditions.filter((c) => c.group === 'eligibility')} />
      <p class="hint">{t('packageVerified')}</p>
      <Conditions rows={e.conditions.filter((c) => c.group === 'package')} />
    </div>
  );
}

function Declaration({ declaration: d }: { declaration: Eligibility['declaration'] }) {
  const { t } = useI18n();
  if (!d) return <p class="hint declaration">{t('noDeclaration')}</p>;
  return (
    <p class="hint declaration" data-seq={d.seq}>
      {t('declarationNote')} № {d.seq} · {d.agencyId} · {d.on}
    </p>
  );
}

function Conditions({ rows }: { rows: readonly ConditionRow[] }) {
  const { t, pick } = useI18n();
  return (
    <table class="conditions">
      <thead>
        <tr><th scope="col">{t('cite')}</th><th scope="col">{t('requirement')}</th><th scope="col">{t('verdict')}</th><th scope="col">{t('checkedBy')}</th></tr>
      </thead>
      <tbody>
        {rows.map((c, i) => (
          <tr key={`${c.cite}-${c.code}-${i}`} class={`condition ${c.status}`} data-cite={c.cite} data-status={c.status}>
            <td class="cite">{c.cite}</td>
            <td>
              {pick(c.requirement)}
              {c.violation ? <><br /><strong class="failure">{pick(c.violation)}</strong></> : null}
            </td>
            <td><span class={`verdict ${c.status}`}>{t(statusKey(c.status))}</span></td>
            <td>{t(sourceKey(c.source))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
