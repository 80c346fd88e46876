import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StepBody } from '@sx/client';
import { ApiFailure } from '../api/api-client';
import type { AvailableAct } from '../api/api-types';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';
import { MESSAGES, roleKey, type MessageKey } from '../i18n/messages';
import { dropDraft, keepForm, restoreForm } from '../session/draft';
import { Failure } from './failure';

interface FieldSchema { type?: string; pattern?: string; enum?: readonly string[]; items?: { enum?: readonly string[] }; description?: string; minimum?: number; maximum?: number }
const DATE = /\\d\{4\}/;

/** The acts the server offers for the case's state and the caller's roles; nothing else is offered. */
/** `onActed(refusal)`: the case changed; with the 412 refusal when the act was decided on a stale copy. */
export function CaseActs({ caseId, seq, onActed }: { caseId: string; seq: number; onActed: (stale?: ApiFailure) => void }) {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const [loaded] = useLoad(() => api.acts(caseId), [api, caseId, seq]);
  // The act with the copy it was opened on: the case page follows the case while the dialog is open,
  // and a decision must still be sent on the copy the official read (If-Match), so it is refused if stale.
  const [open, setOpen] = useState<{ act: AvailableAct; seq: number } | null>(null);
  if (loaded.state !== 'ok') return loaded.state === 'failed' ? <Failure error={loaded.error} /> : null;
  return (
    <section aria-labelledby="acts-title" class="acts">
      <h2 id="acts-title">{t('acts')}</h2>
      {loaded.value.acts.length === 0 ? <p>{t('noActs')}</p> : (
        <ul>
          {loaded.value.acts.map((a) => (
            <li key={a.type}>
              <button type="button" data-act={a.type} onClick={() => setOpen({ act: a, seq: loaded.value.seq })}>{pick(a.text)}</button> <small>{a.cite}</small>
            </li>
          ))}
        </ul>
      )}
      {open ? <ActDialog caseId={caseId} seq={open.seq} act={open.act} onClose={() => setOpen(null)} onActed={(stale) => { setOpen(null); onActed(stale); }} /> : null}
    </section>
  );
}

/** Reads a field's input by its schema: dates and text as typed, numbers as numbers, lists as checked. */
function valueOf(form: HTMLFormElement, name: string, f: FieldSchema): unknown {
  if (f.type === 'array') return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  const raw = (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
  if (raw === '') return undefined;
  if (f.type === 'integer' || f.type === 'number') return Number(raw);
  if (f.type === 'object' || f.type === undefined) return JSON.parse(raw) as unknown;
  return raw;
}

function ActDialog({ caseId, seq, act, onClose, onActed }: { caseId: string; seq: number; act: AvailableAct; onClose: () => void; onActed: (stale?: ApiFailure) => void }) {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per confirmation: a retried click is the same act, never a second one.
  const idempotencyKey = useRef(crypto.randomUUID());
  const fields = act.fields as { properties?: Record<string, FieldSchema>; required?: string[] };
  const props = Object.entries(fields.properties ?? {});
  // A modal dialog: focus moves into it on opening, and Escape cancels (keyboard users never get lost behind it).
  const dialog = useRef<HTMLDivElement>(null);
  // What was typed survives a lost session (expiry, reload): given back when the act is opened again.
  const draftKey = `act.${caseId}.${act.type}`;
  // Cancelling is deliberate: what was typed goes with it.
  const cancel = () => {
    dropDraft(draftKey);
    onClose();
  };
  // A layout effect: the focus is inside the dialog the moment it is drawn, never a frame later (a key
  // pressed in between went to the page behind it; seen in CI as the dialog opening without the focus).
  useLayoutEffect(() => {
    const form = dialog.current?.querySelector('form');
    if (form) restoreForm(form, draftKey);
    dialog.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, []);
  const required = new Set(fields.required ?? []);
  const send = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setBusy(true);
    setFailure(null);
    try {
      if (act.route === 'proposal') await api.submit(caseId, seq, idempotencyKey.current);
      else {
        const body: Record<string, unknown> = { type: act.type, as: act.as };
        const on = (form.elements.namedItem('on') as HTMLInputElement).value;
        if (on) body['on'] = on;
        for (const [name, f] of props) {
          const v = valueOf(form, name, f);
          if (v !== undefined) body[name] = v;
        }
        await api.step(caseId, body as StepBody, seq, idempotencyKey.current);
      }
      dropDraft(draftKey);
      onActed();
    } catch (err) {
      setFailure(err);
      setBusy(false);
      // Refused: nothing was taken, so the corrected act is a new request (the old key would replay the
      // refusal). A lost answer (no ApiFailure) keeps the key: sending again must not act twice.
      if (err instanceof ApiFailure) idempotencyKey.current = crypto.randomUUID();
      if (err instanceof ApiFailure && err.status === 412) onActed(err);
    }
  };
  return (
    <div class="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="act-title" class="act-dialog" ref={dialog} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <form onSubmit={send} onInput={(e) => keepForm(e.currentTarget, draftKey)} onChange={(e) => keepForm(e.currentTarget, draftKey)} data-act={act.type}>
        <h2 id="act-title">{t('confirmAct')}: {pick(act.text)}</h2>
        <p><strong>{act.cite}</strong> · {t('leadsTo')}: {act.leadsTo.join(', ')}</p>
        {act.opens.length > 0 ? (
          <>
            <h3>{t('nextActs')}</h3>
            <ul class="opens">
              {act.opens.map((o) => (
                <li key={o.id}>{t(roleKey(o.actor))}: {pick(o.text)} — {o.period.amount} {t(`period_${o.period.unit.replace('-', '_')}` as MessageKey)} ({o.cite})</li>
              ))}
            </ul>
          </>
        ) : null}
        {act.route === 'steps' ? (
          <>
            <label for="act-on">{t('actDate')}</label>
            <input id="act-on" name="on" type="date" />
          </>
        ) : null}
        {props.map(([name, f]) => <Field key={name} name={name} field={f} required={required.has(name)} />)}
        {failure ? <Failure error={failure} /> : null}
        <div class="decision">
          <button type="submit" class="agree" disabled={busy}>{t('confirm')}</button>
          <button type="button" onClick={cancel}>{t('cancel')}</button>
        </div>
      </form>
      </div>
    </div>
  );
}

/** The field's name in the page's language when the console knows it; the API's own name otherwise. */
const fieldLabel = (t: (k: MessageKey) => string, name: string): string => (`field_${name}` in MESSAGES ? t(`field_${name}` as MessageKey) : name);

function Field({ name, field: f, required }: { name: string; field: FieldSchema; required: boolean }) {
  const { t } = useI18n();
  const id = `act-field-${name}`;
  // The API describes each field in English (its schema): kept as the hint under the translated label.
  const label = <label for={id}>{fieldLabel(t, name)}{f.description ? <small class="hint" lang="en"> — {f.description}</small> : null}</label>;
  if (f.type === 'array' && f.items?.enum) {
    return (
      <fieldset>
        <legend>{fieldLabel(t, name)}</legend>
        {f.items.enum.map((v) => <label key={v}><input type="checkbox" name={name} value={v} /> {v}</label>)}
      </fieldset>
    );
  }
  if (f.enum) return <>{label}<select id={id} name={name} required={required}>{f.enum.map((v) => <option key={v} value={v}>{v}</option>)}</select></>;
  if (f.type === 'integer' || f.type === 'number') return <>{label}<input id={id} name={name} type="number" min={f.minimum} max={f.maximum} required={required} /></>;
  if (f.type === 'string' && f.pattern && DATE.test(f.pattern)) return <>{label}<input id={id} name={name} type="date" required={required} /></>;
  if (f.type === 'string' && name === 'reason') return <>{label}<textarea id={id} name={name} required={required} rows={3} /></>;
  if (f.type === 'string') return <>{label}<input id={id} name={name} type="text" required={required} /></>;
  return <>{label}<textarea id={id} name={name} required={required} placeholder="JSON" /></>;
}
