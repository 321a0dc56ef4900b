import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { ActionError } from '../../ui/action-error';
import '../../ui/forms.css';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { useSession } from '../session/use-viewer';
import { APPROVE_TERM, REJECT_TERM, REVIEW_QUEUE, type ProposedTerm } from './curation.queries';

/** The curators' queue of proposed terms, oldest code first; a decision takes the term out at once. */
export default function ReviewQueuePage() {
  const { t, gqlLang } = useI18n();
  useDocumentTitle(t('review.title'));
  const session = useSession();
  const curator = session.hasRole('CURATOR');
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE, { variables: { lang: gqlLang }, skip: !curator });
  // Decided terms leave the list as soon as their status changes in the cache (optimistically).
  const pending = data?.terms.nodes.filter((term) => term.status === 'PROPOSED') ?? [];
  return (
    <div className="page review-queue">
      <p className="meta">
        <Link to="/classification">{t('classification.title')}</Link>
      </p>
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.lead')}</p>
      {session.loading && <Loading />}
      {!session.loading && !curator && (
        <p className="state state-empty">{session.viewer ? t('review.curatorsOnly') : t('review.signIn')}</p>
      )}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {curator && !data && loading && <Loading />}
      {data && pending.length === 0 && <Empty>{t('review.empty')}</Empty>}
      {pending.length > 0 && (
        <ul className="plain-list review-list">
          {pending.map((term) => (
            <ReviewItem key={term.id} term={term} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewItem({ term }: { term: ProposedTerm }) {
  const { t } = useI18n();
  const session = useSession();
  const [approve, approval] = useMutation(APPROVE_TERM);
  const [reject, rejection] = useMutation(REJECT_TERM);
  const decide = (accept: boolean) => {
    const options = {
      variables: { id: term.id, version: term.version },
      context: session.mutationContext,
    };
    const decided = { __typename: 'Term', id: term.id, status: accept ? 'APPROVED' : 'REJECTED', version: term.version + 1 };
    const run = accept
      ? approve({ ...options, optimisticResponse: { approveTerm: decided } })
      : reject({ ...options, optimisticResponse: { rejectTerm: decided } });
    void run.catch(() => null);
  };
  const error = approval.error ?? rejection.error;
  const headingId = `review-${term.id}`;
  return (
    <li className="card review-item" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {term.label} <code>{term.code}</code>
      </h2>
      <p className="meta">
        <span className="badge">{t(`facet.${term.facet}` as TranslationKey)}</span>
        {term.parent && (
          <span>
            {t('review.under')} <TermLink term={term.parent} />
          </span>
        )}
      </p>
      <dl className="review-labels">
        {LANGUAGES.map((lang) => (
          <div key={lang}>
            <dt>{LANGUAGE_NAMES[lang]}</dt>
            <dd lang={lang}>{term.labels[lang]}</dd>
          </div>
        ))}
      </dl>
      {term.proposalReason && (
        <p>
          <strong>{t('review.reason')}</strong> {term.proposalReason}
        </p>
      )}
      <div className="review-actions">
        <button type="button" onClick={() => decide(true)}>
          {t('review.approve')}
        </button>
        <button type="button" className="secondary" onClick={() => decide(false)}>
          {t('review.reject')}
        </button>
      </div>
      {error && <ActionError error={error} />}
    </li>
  );
}
