import { useMutation } from '@apollo/client/react';
import { useSession } from '../session/use-viewer';
import { EXPRESS_INTEREST, FUNDING_INTERESTS, WITHDRAW_INTEREST } from './funding.queries';
import { useFundingI18n } from './funding-i18n';

interface InterestControlProps {
  callId: string;
  callTitle: string;
  organization: { id: string; slug: string };
  interested: boolean;
}

/** Express or withdraw an organization's interest in one call; the list of interests is read again after. */
export function InterestControl({ callId, callTitle, organization, interested }: InterestControlProps) {
  const { ft } = useFundingI18n();
  const { mutationContext } = useSession();
  const options = {
    variables: { callId, organizationId: organization.id },
    context: mutationContext,
    refetchQueries: [{ query: FUNDING_INTERESTS, variables: { slug: organization.slug } }],
    awaitRefetchQueries: true,
  };
  const [express, expressing] = useMutation(EXPRESS_INTEREST, options);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_INTEREST, options);
  const busy = expressing.loading || withdrawing.loading;
  const failed = expressing.error ?? withdrawing.error;
  return (
    <div className="interest-control" aria-busy={busy}>
      {interested ? (
        <>
          <p className="interest-status">{ft('funding.interested')}</p>
          <button type="button" className="secondary" disabled={busy} onClick={() => void withdraw().catch(() => undefined)}>
            {ft('funding.withdraw')}
            <span className="visually-hidden">: {callTitle}</span>
          </button>
        </>
      ) : (
        <button type="button" disabled={busy} onClick={() => void express().catch(() => undefined)}>
          {ft('funding.express')}
          <span className="visually-hidden">: {callTitle}</span>
        </button>
      )}
      {failed && (
        <p role="alert" className="form-error">
          {ft('funding.failed')}
        </p>
      )}
    </div>
  );
}
