import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { actualCost } from '../../src/graphql/limits/actual-cost';
import { operationCost } from '../../src/graphql/limits/operation-cost';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  interface Node { id: ID! }
  type Org implements Node { id: ID! name: String! members(first: Int, after: String): OrgConnection! parent: Org children: [Org!]! }
  type OrgEdge { cursor: String! node: Org! }
  type OrgConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Org!]! edges: [OrgEdge!]! }
  type Query { orgs(first: Int, after: String): OrgConnection! org(id: ID!): Org node(id: ID!): Node }
`);

function costs(source: string, data: unknown) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { requested: operationCost(schema, operation, fragments, {}), actual: actualCost(schema, operation, fragments, data) };
}

const org = (name: string, members: string[] | null = null) => ({
  name,
  ...(members ? { members: { nodes: members.map((m) => ({ name: m })) } } : {}),
});

describe('actual cost', () => {
  it('counts the connections and items the result holds, not the page sizes asked for', () => {
    const { requested, actual } = costs('{ orgs(first: 100) { nodes { name members(first: 100) { nodes { name } } } } }', {
      orgs: { nodes: [org('a', ['x', 'y']), org('b', []), org('c', ['z'])] },
    });
    expect(requested).toEqual({ requests: 101, nodes: 100 + 100 * 100, cost: 2 });
    expect(actual).toEqual({ requests: 4, nodes: 3 + 2 + 0 + 1, cost: 1 });
  });

  it('follows aliases, fragments, inline fragments and edges', () => {
    const { actual } = costs(
      `query { first: orgs(first: 5) { edges { node { ...F } } } n: node(id: "1") { ... on Org { subs: members(first: 3) { nodes { name } } } } }
       fragment F on Org { m: members(first: 2) { edges { node { name } } } }`,
      {
        first: { edges: [{ node: { m: { edges: [{ node: { name: 'x' } }] } } }, { node: { m: { edges: [] } } }] },
        n: { subs: { nodes: [{ name: 'p' }, { name: 'q' }, { name: 'r' }] } },
      },
    );
    expect(actual).toEqual({ requests: 1 + 2 + 1, nodes: 2 + 1 + 0 + 3, cost: 1 });
  });

  it('can exceed the requested cost when plain lists hold more than the estimate', () => {
    const children = Array.from({ length: 150 }, (_, i) => ({ members: { totalCount: i } }));
    const { requested, actual } = costs('{ org(id: "1") { children { members(first: 1) { totalCount } } } }', { org: { children } });
    expect(requested.cost).toBe(1);
    expect(actual).toEqual({ requests: 150, nodes: 0, cost: 2 });
  });

  it('charges nothing beyond the minimum point for null parents, missing data and scalars', () => {
    expect(costs('{ org(id: "1") { members(first: 50) { totalCount } } }', { org: null }).actual).toEqual({
      requests: 0,
      nodes: 0,
      cost: 1,
    });
    expect(costs('{ orgs { totalCount } }', null).actual.cost).toBe(1);
  });

  it('costs a full introspection as the requested cost does', () => {
    const { requested, actual } = costs('{ __schema { queryType { name } } }', { __schema: { queryType: { name: 'Query' } } });
    expect(actual.cost).toBe(requested.cost);
    expect(actual.cost).toBe(10);
  });
});
