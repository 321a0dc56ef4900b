import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';
import { BadInputError, NotFoundError } from './errors';
import { Node, nodeFetchers } from './node';
import { fromGlobalId } from './node-id';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any object by its global ID. NOT_FOUND when nothing has that ID.' })
  async node(@Arg('id', () => ID, { description: 'A global ID.' }) id: string, @Ctx() context: RequestContext): Promise<Node> {
    const node = await fetchNode(context, id, 'id');
    if (!node) throw new NotFoundError('object', id);
    return node;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Objects by global IDs (at most 100), in the same order; null where nothing has that ID.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs.' }) ids: string[],
    @Ctx() context: RequestContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new BadInputError('ids', `"ids" takes at most 100 IDs, got ${ids.length}.`);
    return Promise.all(ids.map((id, index) => fetchNode(context, id, `ids[${index}]`)));
  }
}

async function fetchNode(context: RequestContext, globalId: string, argument: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId, argument);
  const fetcher = nodeFetchers.get(type);
  if (!fetcher) throw new BadInputError(argument, `"${argument}" is not a valid ID.`);
  return (await fetcher(context, id)) as Node | null;
}
