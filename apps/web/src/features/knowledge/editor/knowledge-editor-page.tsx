import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../../app/router';
import { Empty, ErrorState, Loading } from '../../../ui/states';
import '../../account/account.css';
import { FACET_OPTIONS } from '../../directory/directory.queries';
import { useSession } from '../../session/use-viewer';
import type { ViewerRef } from '../../session/viewer.queries';
import { useKnowledgeI18n } from '../knowledge-i18n';
import { FILTER_ORGANIZATION } from '../knowledge.queries';
import '../knowledge.css';
import { authorChoices, canWrite, writesAnywhere } from './article-rights';
import { draftOf, emptyDraft } from './article-draft';
import { ArticleForm } from './article-form';
import type { TagOptions } from './article-tags';
import { EDITABLE_ARTICLE, VALUE_CHAIN_OPTIONS, type EditableArticle } from './knowledge-editor.queries';

const articleHref = (slug: string) => `/knowledge/${encodeURIComponent(slug)}`;

/** /account/knowledge/new (optionally ?author=<slug>) and /account/knowledge/:slug/edit. */
export default function KnowledgeEditorPage({ params }: { params: Record<string, string> }) {
  const { kt, lang, gqlLang } = useKnowledgeI18n();
  const slug = params.slug ?? null;
  const authorSlug = useLocation().search.get('author');
  const session = useSession();
  const article = useQuery(EDITABLE_ARTICLE, {
    skip: slug === null,
    variables: { slug: slug ?? '', lang: gqlLang },
    fetchPolicy: 'network-only',
  });
  const facets = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  const chains = useQuery(VALUE_CHAIN_OPTIONS, { fetchPolicy: 'cache-first' });
  const namedAuthor = useQuery(FILTER_ORGANIZATION, { skip: !authorSlug, variables: { slug: authorSlug ?? '' } });
  const stored = article.data?.knowledgeArticle ?? null;
  const title =
    slug === null ? kt('editor.newTitle') : stored ? kt('editor.editTitle', { title: stored.title }) : kt('editor.loadingTitle');
  useDocumentTitle(title);

  const reload = async (): Promise<EditableArticle | null> => (await article.refetch()).data?.knowledgeArticle ?? null;
  const tagOptions = (viewer: ViewerRef): TagOptions => {
    const authors = new Map(authorChoices(viewer).map((o) => [o.id, { id: o.id, name: o.name }]));
    const named = namedAuthor.data?.organization;
    // A curator may publish for any organization: the one whose page they came from is offered.
    if (named && writesAnywhere(viewer) && authorSlug) authors.set(named.id, { id: named.id, name: named.name });
    for (const a of stored?.authors ?? []) authors.set(a.id, { id: a.id, name: a.name });
    return {
      authors: [...authors.values()].sort((a, b) => a.name.localeCompare(b.name, lang)),
      technologies: facets.data?.technologies.nodes,
      applications: facets.data?.applications.nodes,
      valueChains: chains.data?.valueChains.nodes,
      termLabels: new Map((stored?.terms ?? []).map((term) => [term.code, term.label])),
    };
  };

  let body: ReactNode;
  const viewer = session.viewer;
  if (session.loading) body = <Loading />;
  else if (!viewer)
    body = (
      <div className="state state-empty">
        <p>{kt('editor.signIn')}</p>
        <Link className="button-link" to={`/account/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}>
          {kt('editor.signInLink')}
        </Link>
      </div>
    );
  else if (article.error) body = <ErrorState error={article.error} onRetry={() => void article.refetch()} />;
  else if (slug !== null && !stored) body = <Loading />;
  else if (stored && !stored.viewerCanEdit) body = <Empty>{kt('editor.notAllowed')}</Empty>;
  else if (!stored && !canWrite(viewer)) body = <Empty>{kt('editor.noOrganization')}</Empty>;
  else if (namedAuthor.loading) body = <Loading />;
  else {
    const options = tagOptions(viewer);
    const preselected = namedAuthor.data?.organization?.id;
    const initialAuthors =
      preselected && options.authors.some((a) => a.id === preselected) ? [preselected] : options.authors.slice(0, 1).map((a) => a.id);
    body = (
      <>
        {(facets.error ?? chains.error) && <ErrorState error={(facets.error ?? chains.error)!} />}
        <ArticleForm
          key={stored?.id ?? 'new'}
          article={stored}
          initial={stored ? draftOf(stored) : emptyDraft(lang, initialAuthors)}
          tags={options}
          reload={reload}
          onCreated={(created) => navigate(articleHref(created))}
        />
      </>
    );
  }
  return (
    <div className="page account knowledge-editor">
      <h1>{title}</h1>
      <p>
        {slug === null ? <Link to="/knowledge">{kt('editor.cancelNew')}</Link> : <Link to={articleHref(slug)}>{kt('editor.cancel')}</Link>}
      </p>
      {body}
    </div>
  );
}
