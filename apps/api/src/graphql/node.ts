import { Field, ID, InterfaceType } from 'type-graphql';
import type { RequestContext } from './context';

@InterfaceType('Node', {
  description: 'An object with a global ID, which `node(id:)` and `nodes(ids:)` can fetch.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID; stable for the lifetime of the object.' })
  id!: string;
}

export type NodeFetcher = (context: RequestContext, id: number) => Promise<object | null>;

/** Each module registers how to fetch its node types by database id (through its loaders). */
export const nodeFetchers = new Map<string, NodeFetcher>();

export function registerNodeType(type: string, fetcher: NodeFetcher): void {
  nodeFetchers.set(type, fetcher);
}
