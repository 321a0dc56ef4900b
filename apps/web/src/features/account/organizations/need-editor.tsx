import { useMutation } from '@apollo/client/react';
import { countryName, needKindKey } from '../../../ui/labels';
import { Empty } from '../../../ui/states';
import type { TermOption } from '../../directory/term-select';
import { useAccountI18n } from '../account-i18n';
import { MutationError } from '../mutation-error';
import { CLOSE_NEED, REOPEN_NEED, type EditableNeed } from './edit-organization.queries';
import { NeedForm } from './need-form';

interface NeedEditorProps {
  organizationId: string;
  needs: EditableNeed[];
  terms: { technologies: TermOption[]; stages: TermOption[] } | undefined;
  reload(): Promise<unknown>;
}

export function NeedEditor({ organizationId, needs, terms, reload }: NeedEditorProps) {
  const { t, at, lang, gqlLang } = useAccountI18n();
  const [close, closed] = useMutation(CLOSE_NEED);
  const [reopen, reopened] = useMutation(REOPEN_NEED);

  // Optimistic: the status flips at once and flips back if the API refuses (e.g. a stale version).
  const toggle = (need: EditableNeed) => {
    closed.reset();
    reopened.reset();
    const variables = { id: need.id, version: need.version, lang: gqlLang };
    const next = { ...need, status: need.status === 'OPEN' ? ('CLOSED' as const) : ('OPEN' as const), version: need.version + 1 };
    const done =
      need.status === 'OPEN'
        ? close({ variables, optimisticResponse: { closeNeed: next } })
        : reopen({ variables, optimisticResponse: { reopenNeed: next } });
    done.catch(() => undefined);
  };

  return (
    <section aria-labelledby="needs-title">
      <h2 id="needs-title">
        {at('needs.title')} <span className="count">{needs.length}</span>
      </h2>
      <MutationError error={closed.error ?? reopened.error} onReload={() => void reload().then(() => (closed.reset(), reopened.reset()))} />
      {needs.length === 0 ? (
        <Empty>{at('needs.empty')}</Empty>
      ) : (
        <ul className="plain-list need-editor-list">
          {needs.map((need) => (
            <li key={need.id} className={need.status === 'CLOSED' ? 'card need-closed' : 'card'}>
              <p className="meta">
                <span className="badge">{t(needKindKey(need.kind))}</span>
                <span className={need.status === 'OPEN' ? 'badge badge-open' : 'badge'}>
                  {at(need.status === 'OPEN' ? 'needs.open' : 'needs.closed')}
                </span>
                {[need.technology?.label, need.stage?.label, need.country ? countryName(need.country, lang) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p>{need.description}</p>
              <button type="button" className="secondary" onClick={() => toggle(need)}>
                {at(need.status === 'OPEN' ? 'needs.close' : 'needs.reopen')}
                <span className="visually-hidden">: {need.description.slice(0, 80)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <NeedForm organizationId={organizationId} terms={terms} onAdded={reload} />
    </section>
  );
}
