import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useDocumentTitle } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { useSession } from '../session/use-viewer';
import { FUNDING_CALLS, FUNDING_INTERESTS, type FundingCallItem } from './funding.queries';
import { useFundingI18n } from './funding-i18n';
import { InterestControl } from './interest-control';
import './funding.css';

const today = () => new Date().toISOString().slice(0, 10);

export default function FundingCallsPage() {
  const { ft, gqlLang, lang } = useFundingI18n();
  useDocumentTitle(ft('funding.title'));
  const [from] = useState(today);
  const { data, loading, error, refetch } = useQuery(FUNDING_CALLS, { variables: { from, lang: gqlLang } });
  const { viewer, hasRole } = useSession();
  const curator = hasRole('CURATOR');
  const organizations = viewer?.editableOrganizations ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const organization = organizations.find((o) => o.slug === chosen) ?? organizations[0] ?? null;
  const interests = useQuery(FUNDING_INTERESTS, { variables: { slug: organization?.slug ?? '' }, skip: !organization });
  const interested = new Set(interests.data?.organization.fundingInterests.map((i) => i.call.id) ?? []);
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const calls = data?.fundingCalls.nodes;
  return (
    <div className="page funding">
      <h1>{ft('funding.title')}</h1>
      <p className="lead">{ft('funding.lead')}</p>
      {curator && (
        <p>
          <Link to="/funding/new">{ft('funding.publish')}</Link>
        </p>
      )}
      {organizations.length > 1 && (
        <p className="apply-as">
          <label htmlFor="funding-organization">{ft('funding.applyAs')}</label>{' '}
          <select id="funding-organization" value={organization?.slug ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {organizations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {!organization && <p className="muted">{ft('funding.signIn')}</p>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!calls && loading && <Loading />}
      {calls && calls.length === 0 && <Empty>{ft('funding.empty')}</Empty>}
      {calls && calls.length > 0 && (
        <ul className="funding-list plain-list">
          {calls.map((call: FundingCallItem) => (
            <li key={call.id} className="card funding-call">
              <h2 className="card-title">{call.title}</h2>
              <p className="meta">
                {call.programme} · <span lang="en">{call.identifier}</span>
              </p>
              <p>
                <strong>{ft('funding.deadline', { date: date(call.deadline) })}</strong> ·{' '}
                {call.minCountries > 1 ? ft('funding.minCountries', { count: call.minCountries }) : ft('funding.single')}
              </p>
              <p className="clamp" lang="en">
                {call.summary}
              </p>
              <p className="meta" aria-label={ft('funding.topics')}>
                {call.topics.map((term) => (
                  <TermLink key={term.code} term={term} />
                ))}
              </p>
              <p>
                <a href={call.url} rel="noopener noreferrer" target="_blank">
                  {ft('funding.callText', { title: call.identifier })}
                </a>
              </p>
              {curator && (
                <p>
                  <Link to={`/funding/${encodeURIComponent(call.slug)}/edit`} aria-label={ft('funding.editCall', { title: call.title })}>
                    {ft('funding.edit')}
                  </Link>
                </p>
              )}
              {organization && (
                <InterestControl callId={call.id} callTitle={call.title} organization={organization} interested={interested.has(call.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
