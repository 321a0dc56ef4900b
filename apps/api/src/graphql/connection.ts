import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor, type CursorKey, type PageRequest } from './pagination';

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede the first one of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What every connection resolver returns; the total is counted only when totalCount is selected. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number> | number;
}

@ObjectType({ description: 'Shared by every connection type; not part of the schema on its own.' })
class ConnectionBase {
  countTotal!: () => Promise<number> | number;

  @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
  totalCount(): Promise<number> | number {
    return this.countTotal();
  }
}

const connectionTypes = new Map<string, ClassType>();

/** Builds (once per node type) the Relay connection and edge types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, description: string): ClassType<ConnectionResult<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<ConnectionResult<T>>;

  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType extends ConnectionBase {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Information to fetch the next or previous page.' })
    pageInfo!: PageInfo;
  }

  connectionTypes.set(name, ConnectionType);
  return ConnectionType as unknown as ClassType<ConnectionResult<T>>;
}

/** An edge whose cursor is encoded only when asked for: most requests read a page's nodes and its endCursor. */
class LazyCursorEdge<T> implements Edge<T> {
  constructor(
    private readonly key: CursorKey,
    readonly node: T,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/**
 * Turns rows fetched with LIMIT page.limit + 1 (in reverse order when paging backwards) into a
 * connection page. `keyOf` gives each row's (sort value, id) for its cursor.
 */
export function toConnection<Row, T>(
  rows: Row[],
  page: PageRequest,
  keyOf: (row: Row) => CursorKey,
  toNode: (row: Row) => T,
  totalCount: () => Promise<number> | number,
): ConnectionResult<T> {
  const hasMore = rows.length > page.limit;
  const pageRows = hasMore ? rows.slice(0, page.limit) : rows;
  if (page.backwards) pageRows.reverse();
  const edges = pageRows.map((row) => new LazyCursorEdge(keyOf(row), toNode(row)));
  const pageInfo: PageInfo = {
    hasNextPage: page.backwards ? page.cursor !== null : hasMore,
    hasPreviousPage: page.backwards ? hasMore : page.cursor !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return Object.assign(Object.create(ConnectionBase.prototype) as ConnectionBase, {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo,
    countTotal: totalCount,
  });
}

/**
 * A page of a list already in memory and sorted by (sort value, id): the same cursors and rules as
 * SQL keyset pages, for small bounded lists such as a term's descendants.
 */
export function connectionFromSortedArray<T>(items: T[], page: PageRequest, keyOf: (item: T) => CursorKey): ConnectionResult<T> {
  const compare = (a: CursorKey, b: CursorKey): number => {
    const [av, ai] = a;
    const [bv, bi] = b;
    if (av !== bv) {
      if (av === null) return -1;
      if (bv === null) return 1;
      return av < bv ? -1 : 1;
    }
    return ai - bi;
  };
  const cursor = page.cursor;
  const candidates = page.backwards ? [...items].reverse() : items;
  const after = cursor
    ? candidates.filter((item) => (page.backwards ? compare(keyOf(item), cursor) < 0 : compare(keyOf(item), cursor) > 0))
    : candidates;
  return toConnection(
    after.slice(0, page.limit + 1),
    page,
    keyOf,
    (item) => item,
    () => items.length,
  );
}
