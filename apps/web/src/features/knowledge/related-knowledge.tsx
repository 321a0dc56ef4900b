import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty } from '../../ui/states';
import type { RelatedKnowledgeData } from './knowledge.queries';

interface RelatedKnowledgeProps {
  knowledge: RelatedKnowledgeData;
  /** The knowledge list filtered to the same articles (see knowledgeHref), opened by the "more" link. */
  moreHref: string;
  /** Where the viewer may write an article for this page's subject; only for those the API allows. */
  write?: { href: string; name: string } | null;
  busy?: boolean;
}

/** Up to five related knowledge articles; the page's query supplies them and shows its loading and error states. */
export function RelatedKnowledge({ knowledge, moreHref, write = null, busy = false }: RelatedKnowledgeProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="related-knowledge-title" aria-busy={busy} className="related-knowledge">
      <h2 id="related-knowledge-title">{t('knowledge.related.title')}</h2>
      {knowledge.nodes.length === 0 ? (
        <Empty>{t('knowledge.related.empty')}</Empty>
      ) : (
        <ul className="plain-list">
          {knowledge.nodes.map((article) => (
            <li key={article.id}>
              <Link to={`/knowledge/${encodeURIComponent(article.slug)}`} lang={article.language}>
                {article.title}
              </Link>{' '}
              <span className="meta">
                {t(`knowledge.kind.${article.kind}`)} · <span lang={article.language}>{article.language.toUpperCase()}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {knowledge.totalCount > knowledge.nodes.length && (
        <p>
          <Link to={moreHref}>{t('knowledge.related.more', { count: knowledge.totalCount - knowledge.nodes.length })}</Link>
        </p>
      )}
      {write && (
        <p>
          <Link to={write.href}>{t('knowledge.related.write', { name: write.name })}</Link>
        </p>
      )}
    </section>
  );
}
