import { createUnionType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { KnowledgeArticle } from '../knowledge/knowledge-article.type';
import { Organization } from '../organizations/organization.type';
import { Term } from '../taxonomy/term.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An object found by `search`: an organization, a classification term, a community or a knowledge article.',
  types: () => [Organization, Term, Community, KnowledgeArticle] as const,
  resolveType: (value) => {
    if (value instanceof Term) return Term;
    if (value instanceof Community) return Community;
    if (value instanceof KnowledgeArticle) return KnowledgeArticle;
    return Organization;
  },
});

export type SearchHit = Organization | Term | Community | KnowledgeArticle;
