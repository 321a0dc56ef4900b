import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/pagination';
import { MAX_SEARCH_LENGTH } from './search-text';
import { search } from './search.service';
import { SearchResult, type SearchHit } from './search.type';

export const SearchResultConnection = Connection(
  SearchResult as unknown as new () => object,
  'SearchResult',
  'A page of search results, most relevant first.',
);

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'Organizations, classification terms, communities and knowledge articles matching a text, ranked together by relevance; tolerant of typos and accents. An empty text gives an empty result.',
  })
  search(
    @Arg('query', () => String, { description: `The text to look for (at most ${MAX_SEARCH_LENGTH} characters).` }) query: string,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<SearchHit>> {
    return search(context, query, args);
  }
}
