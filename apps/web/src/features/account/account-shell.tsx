import type { ReactNode } from 'react';
import { Link, useDocumentTitle, useLocation } from '../../app/router';
import { ErrorState, Loading } from '../../ui/states';
import { useAccountI18n, type AccountKey } from './account-i18n';
import './account.css';
import { useViewer } from './session/use-viewer';
import type { Viewer } from './session/viewer.queries';

const SECTIONS: { to: string; label: AccountKey }[] = [
  { to: '/account', label: 'account.overview' },
  { to: '/account/api-keys', label: 'account.apiKeys' },
  { to: '/account/import', label: 'account.import' },
  { to: '/account/widgets', label: 'account.widgets' },
];

interface AccountShellProps {
  title: string;
  /** Pages that work for anonymous visitors too (the snippet builder). */
  anonymous?: boolean;
  children(viewer: Viewer | null): ReactNode;
}

/** The frame of every account page: title, section tabs, and the sign-in gate. */
export function AccountShell({ title, anonymous = false, children }: AccountShellProps) {
  const { at } = useAccountI18n();
  const { pathname, href } = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  useDocumentTitle(title);
  let body: ReactNode;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (loading) body = <Loading />;
  else if (!viewer && !anonymous)
    body = (
      <div className="state state-empty">
        <p>{at('account.signInFirst')}</p>
        <p className="button-row">
          <Link className="button-link" to={`/account/sign-in?next=${encodeURIComponent(href)}`}>
            {at('signIn.title')}
          </Link>
          <Link className="button-link secondary" to={`/account/sign-up?next=${encodeURIComponent(href)}`}>
            {at('signUp.title')}
          </Link>
        </p>
      </div>
    );
  else body = children(viewer);
  return (
    <div className="page account">
      <h1>{title}</h1>
      {viewer && (
        <nav className="account-tabs" aria-label={at('account.sections')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.to}>
                <Link to={section.to} aria-current={pathname === section.to ? 'page' : undefined}>
                  {at(section.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {body}
    </div>
  );
}
