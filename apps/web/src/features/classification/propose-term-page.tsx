import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { ActionError } from '../../ui/action-error';
import '../../ui/forms.css';
import { Loading } from '../../ui/states';
import { termHref } from '../../ui/term-link';
import { useSession } from '../session/use-viewer';
import { PROPOSE_TERM } from './curation.queries';

const FACETS = ['TECHNOLOGY', 'APPLICATION', 'STAGE'] as const;
const PREFIX: Record<string, string> = { TECHNOLOGY: 'tech.', APPLICATION: 'app.', STAGE: 'stage.' };
const OTHER_LANGS = ['de', 'fr', 'it'] as const;

/** Any signed-in member proposes a term; it stays PROPOSED until a curator decides. */
export default function ProposeTermPage() {
  const { t, gqlLang } = useI18n();
  useDocumentTitle(t('propose.title'));
  const session = useSession();
  const initialParent = useLocation().search.get('parent') ?? '';
  const [parent, setParent] = useState(initialParent);
  const [facet, setFacet] = useState<string>('TECHNOLOGY');
  const [code, setCode] = useState(initialParent ? `${initialParent.split('.')[0]}.` : 'tech.');
  const [labels, setLabels] = useState({ en: '', de: '', fr: '', it: '' });
  const [reason, setReason] = useState('');
  const [propose, { data, loading, error, reset }] = useMutation(PROPOSE_TERM, { refetchQueries: ['ReviewQueue'] });
  if (session.loading) return <Loading />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    const others = Object.fromEntries(OTHER_LANGS.filter((l) => labels[l].trim()).map((l) => [l, labels[l].trim()]));
    void propose({
      variables: {
        input: {
          code: code.trim(),
          parent: parent.trim() || null,
          facet: parent.trim() ? null : facet,
          labels: { en: labels.en.trim(), ...others },
          reason: reason.trim(),
        },
        lang: gqlLang,
      },
      context: session.mutationContext,
    }).catch(() => null);
  };
  const proposed = data?.proposeTerm;
  return (
    <div className="page propose-term">
      <p className="meta">
        <Link to="/classification">{t('classification.title')}</Link>
      </p>
      <h1>{t('propose.title')}</h1>
      <p className="lead">{t('propose.lead')}</p>
      {!session.viewer ? (
        <p className="state state-empty">{t('propose.signIn')}</p>
      ) : (
        <form className="form-card card" onSubmit={submit}>
          <div className="field">
            <label htmlFor="propose-parent">{t('propose.parent')}</label>
            <input
              id="propose-parent"
              type="text"
              value={parent}
              onChange={(e) => setParent(e.target.value)}
              aria-describedby="propose-parent-hint"
            />
            <p id="propose-parent-hint" className="field-hint">
              {t('propose.parentHint')}
            </p>
          </div>
          {!parent.trim() && (
            <div className="field">
              <label htmlFor="propose-facet">{t('propose.facet')}</label>
              <select
                id="propose-facet"
                value={facet}
                onChange={(e) => {
                  setFacet(e.target.value);
                  setCode(PREFIX[e.target.value] ?? '');
                }}
              >
                {FACETS.map((f) => (
                  <option key={f} value={f}>
                    {t(`facet.${f}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="propose-code">{t('propose.code')}</label>
            <input
              id="propose-code"
              type="text"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-describedby="propose-code-hint"
            />
            <p id="propose-code-hint" className="field-hint">
              {t('propose.codeHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="propose-label-en">{t('propose.labelIn', { language: LANGUAGE_NAMES.en })}</label>
            <input
              id="propose-label-en"
              lang="en"
              type="text"
              required
              maxLength={200}
              value={labels.en}
              onChange={(e) => setLabels({ ...labels, en: e.target.value })}
            />
          </div>
          {OTHER_LANGS.map((l) => (
            <div className="field" key={l}>
              <label htmlFor={`propose-label-${l}`}>{t('propose.labelOptional', { language: LANGUAGE_NAMES[l] })}</label>
              <input
                id={`propose-label-${l}`}
                lang={l}
                type="text"
                maxLength={200}
                value={labels[l]}
                onChange={(e) => setLabels({ ...labels, [l]: e.target.value })}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor="propose-reason">{t('propose.reason')}</label>
            <textarea id="propose-reason" required maxLength={2000} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" disabled={loading}>
            {loading ? t('state.loading') : t('propose.submit')}
          </button>
          <div aria-live="polite">
            {proposed && (
              <p className="form-success">
                {t('propose.done')} <Link to={termHref(proposed.code)}>{proposed.label}</Link>
              </p>
            )}
          </div>
          {error && <ActionError error={error} />}
        </form>
      )}
    </div>
  );
}
