import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo, useRef } from 'react';
import { useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../session/use-viewer';
import './api-explorer.css';
import { createFetcher } from './graphql-fetcher';

const EXAMPLE = `# Run with Ctrl-Enter or the ▶ button.
query Clusters {
  organizations(filter: { kinds: [CLUSTER] }, first: 5) {
    totalCount
    nodes {
      name
      country
      members(first: 3) {
        totalCount
      }
    }
  }
}
`;

/** GraphiQL, bundled (it works offline), on the portal's own /graphql endpoint. */
export default function ApiExplorerPage() {
  const { t } = useI18n();
  useDocumentTitle(t('explorer.title'));
  const session = useSession();
  const token = useRef<string | null>(null);
  token.current = session.viewer?.csrfToken ?? null;
  const fetcher = useMemo(() => createFetcher('/graphql', () => token.current), []);
  return (
    <div className="page api-explorer">
      <h1>{t('explorer.title')}</h1>
      <p className="lead">{t('explorer.lead')}</p>
      <div className="api-explorer-frame">
        <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} defaultEditorToolsVisibility={false} />
      </div>
    </div>
  );
}
