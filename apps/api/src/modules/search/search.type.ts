import { createUnionType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { Organization } from '../organizations/organization.type';
import { Term } from '../taxonomy/term.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An object found by `search`: an organization, a classification term or a community.',
  types: () => [Organization, Term, Community] as const,
  resolveType: (value) => {
    if (value instanceof Term) return Term;
    if (value instanceof Community) return Community;
    return Organization;
  },
});

export type SearchHit = Organization | Term | Community;
