import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, navigate, useDocumentTitle } from '../../../app/router';
import { ErrorState, Loading } from '../../../ui/states';
import { MutationError } from '../../account/mutation-error';
import { useSession } from '../../session/use-viewer';
import { useFundingI18n } from '../funding-i18n';
import { createInput, draftOf, EMPTY_DRAFT, updateInput, type EditableFundingCall } from './funding-call-draft';
import { CREATE_FUNDING_CALL, DELETE_FUNDING_CALL, EDITABLE_FUNDING_CALL, UPDATE_FUNDING_CALL } from './funding-call-editor.queries';
import { FundingCallForm } from './funding-call-form';
import '../funding.css';

const REFETCH = ['FundingCallsPage'];

/** /funding/new and /funding/:slug/edit: curators publish and maintain funding calls. */
export default function FundingCallEditorPage({ params }: { params: Record<string, string> }) {
  const { ft } = useFundingI18n();
  const slug = params.slug ?? null;
  useDocumentTitle(ft(slug ? 'editor.editTitle' : 'editor.newTitle'));
  const session = useSession();
  if (session.loading) return <Loading />;
  if (!session.hasRole('CURATOR')) {
    return (
      <div className="page">
        <h1>{ft(slug ? 'editor.editTitle' : 'editor.newTitle')}</h1>
        <p>{ft('editor.curatorsOnly')}</p>
        <Link to="/funding">{ft('editor.back')}</Link>
      </div>
    );
  }
  return slug ? <EditCall slug={slug} /> : <NewCall />;
}

function NewCall() {
  const { ft } = useFundingI18n();
  const [create, { loading, error }] = useMutation(CREATE_FUNDING_CALL, { refetchQueries: REFETCH });
  return (
    <div className="page funding-editor">
      <Link to="/funding">{ft('editor.back')}</Link>
      <h1>{ft('editor.newTitle')}</h1>
      <FundingCallForm
        initial={EMPTY_DRAFT}
        slugEditable
        saving={loading}
        error={error}
        submitLabel={ft('editor.publish')}
        onSubmit={(draft) =>
          void create({ variables: { input: createInput(draft) } })
            .then(() => navigate(`/funding?published=${encodeURIComponent(draft.slug)}`))
            .catch(() => undefined)
        }
      />
    </div>
  );
}

function EditCall({ slug }: { slug: string }) {
  const { data, error, refetch } = useQuery(EDITABLE_FUNDING_CALL, { variables: { slug }, fetchPolicy: 'network-only' });
  // Kept here: the form below starts again (a new key) from each version it reads, a saved one included.
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return (
    <EditForm key={data.fundingCall.version} call={data.fundingCall} saved={saved} setSaved={setSaved} reload={() => void refetch()} />
  );
}

interface EditFormProps {
  call: EditableFundingCall;
  saved: boolean;
  setSaved(saved: boolean): void;
  reload(): void;
}

function EditForm({ call, saved, setSaved, reload }: EditFormProps) {
  const { ft } = useFundingI18n();
  const [update, updating] = useMutation(UPDATE_FUNDING_CALL, { refetchQueries: REFETCH });
  const [remove, removing] = useMutation(DELETE_FUNDING_CALL, { refetchQueries: REFETCH });
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="page funding-editor">
      <Link to="/funding">{ft('editor.back')}</Link>
      <h1>{ft('editor.editTitle')}</h1>
      <p className="meta">
        {call.title} · <span lang="en">{call.identifier}</span>
      </p>
      {saved && (
        <p role="status" className="form-success">
          {ft('editor.saved')}
        </p>
      )}
      <FundingCallForm
        initial={draftOf(call)}
        slugEditable={false}
        saving={updating.loading}
        error={updating.error}
        submitLabel={ft('editor.save')}
        onReload={reload}
        onSubmit={(draft) => {
          const input = updateInput(call, draft);
          if (!input) return setSaved(true);
          void update({ variables: { input } })
            .then(() => {
              setSaved(true);
              reload();
            })
            .catch(() => setSaved(false));
        }}
      />
      <section className="danger-zone" aria-labelledby="delete-call">
        <h2 id="delete-call">{ft('editor.deleteTitle')}</h2>
        <p>{ft('editor.deleteText')}</p>
        {confirming ? (
          <p>
            <button
              type="button"
              className="danger"
              disabled={removing.loading}
              onClick={() =>
                void remove({ variables: { input: { id: call.id, version: call.version } } })
                  .then(() => navigate('/funding'))
                  .catch(() => undefined)
              }
            >
              {ft('editor.deleteConfirm')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {ft('editor.cancel')}
            </button>
          </p>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {ft('editor.delete')}
          </button>
        )}
        <MutationError error={removing.error} onReload={reload} />
      </section>
    </div>
  );
}
