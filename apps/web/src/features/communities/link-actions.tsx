import '../../ui/forms.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../session/use-viewer';
import { ActionError } from '../../ui/action-error';
import type { CommunityLink } from './community.queries';
import { LINK_RIGHTS, REQUEST_LINK, RESPOND_TO_LINK } from './link.mutations';

/**
 * Whether the signed-in user may request and answer links for a community: admins, and editors of
 * one of its member organizations (the community's creator may too; the API has the last word).
 */
export function useLinkRights(communityId: string) {
  const { data, loading } = useQuery(LINK_RIGHTS);
  const viewer = data?.viewer ?? null;
  const canAct =
    !!viewer &&
    (viewer.roles.some((r) => r.role === 'ADMIN') ||
      viewer.editableOrganizations.some((o) => o.communities.nodes.some((c) => c.id === communityId)));
  return { loading, signedIn: !!viewer, canAct, communities: data?.communities.nodes ?? [] };
}

interface RequestFormProps {
  community: { id: string; slug: string };
  /** Communities this one has a link with already, in either direction and any status. */
  linked: Set<string>;
  candidates: { id: string; slug: string; name: string }[];
}

export function LinkRequestForm({ community, linked, candidates }: RequestFormProps) {
  const { t } = useI18n();
  const session = useSession();
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [request, { loading, error, reset }] = useMutation(REQUEST_LINK, { refetchQueries: ['CommunityPage'], awaitRefetchQueries: true });
  const options = candidates.filter((c) => c.id !== community.id && !linked.has(c.slug));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = options.find((c) => c.id === target);
    if (!chosen) return;
    reset();
    setDone(null);
    const result = await request({
      variables: { fromId: community.id, toId: chosen.id, message: message.trim() },
      context: session.mutationContext,
    }).catch(() => null);
    if (result?.data) {
      setDone(chosen.name);
      setTarget('');
      setMessage('');
    }
  };
  return (
    <form className="link-request card" onSubmit={(e) => void submit(e)} aria-labelledby="link-request-title">
      <h3 id="link-request-title">{t('links.requestTitle')}</h3>
      <div className="field">
        <label htmlFor="link-target">{t('links.target')}</label>
        <select id="link-target" value={target} onChange={(e) => setTarget(e.target.value)} required>
          <option value="">{t('links.chooseTarget')}</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-message">{t('links.message')}</label>
        <textarea id="link-message" value={message} maxLength={2000} rows={3} onChange={(e) => setMessage(e.target.value)} />
      </div>
      <button type="submit" disabled={loading || !target}>
        {loading ? t('state.loading') : t('links.request')}
      </button>
      <div aria-live="polite">{done && <p className="form-success">{t('links.requested', { name: done })}</p>}</div>
      {error && <ActionError error={error} />}
    </form>
  );
}

/** Accept or decline a link asked of this community; the list shows the answer at once (optimistic). */
export function LinkAnswer({ link }: { link: CommunityLink }) {
  const { t } = useI18n();
  const session = useSession();
  const [respond, { error }] = useMutation(RESPOND_TO_LINK);
  const answer = (accept: boolean) =>
    respond({
      variables: { id: link.id, version: link.version, accept },
      context: session.mutationContext,
      optimisticResponse: { respondToLink: { __typename: 'WriteResult', id: link.id, version: link.version + 1 } },
      update(cache, result) {
        cache.modify({
          id: cache.identify({ __typename: 'Link', id: link.id }),
          fields: {
            status: () => (accept ? 'ACCEPTED' : 'DECLINED'),
            version: (current: number) => result.data?.respondToLink.version ?? current,
          },
        });
      },
    }).catch(() => null);
  return (
    <span className="link-answer">
      <button type="button" onClick={() => void answer(true)}>
        {t('links.accept')}
      </button>
      <button type="button" className="secondary" onClick={() => void answer(false)}>
        {t('links.decline')}
      </button>
      {error && <ActionError error={error} />}
    </span>
  );
}
