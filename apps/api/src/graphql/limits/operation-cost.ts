import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isCompositeType,
} from 'graphql';
import { OPERATION_LIMITS } from './limits';

export interface OperationCost {
  /** Points charged: the requests needed to fill every connection, divided by 100, at least 1. */
  cost: number;
  /** Items the operation may return at most: for each connection, the product of page sizes down to it. */
  nodes: number;
  /** Requests needed to fill every connection (one per parent item). */
  requests: number;
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** Items assumed for a plain (bounded) list field, such as a term's children. */
const LIST_ESTIMATE = 10;

type Variables = Record<string, unknown> | undefined;

function argumentValue(args: readonly ArgumentNode[] | undefined, name: string, variables: Variables): unknown {
  const node = args?.find((a) => a.name.value === name)?.value;
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

/** The page size a connection will be filled to: the worst case when the value is not a valid size. */
function pageSize(args: readonly ArgumentNode[] | undefined, variables: Variables): number {
  const value = argumentValue(args, 'first', variables) ?? argumentValue(args, 'last', variables);
  if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value)) return MAX_PAGE_SIZE;
  return Math.min(Math.max(value, 1), MAX_PAGE_SIZE);
}

export function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return (
    isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields() && field.args.some((a) => a.name === 'first')
  );
}

/**
 * GitHub's model, computed on the validated document before execution: every connection is
 * assumed filled to its `first`/`last` (20 by default); nested connections multiply. Fragments
 * are costed once per parent type and scaled, so that fragment reuse does not explode the walk.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): OperationCost {
  const memo = new Map<string, { requests: number; nodes: number }>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): { requests: number; nodes: number } => {
    let requests = 0;
    let nodes = 0;
    const add = (part: { requests: number; nodes: number }, multiplier = 1) => {
      requests += part.requests * multiplier;
      nodes += part.nodes * multiplier;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(walk(selection.selectionSet, type));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = fragment.name.value;
        let part = memo.get(key);
        if (!part) {
          memo.set(key, { requests: 0, nodes: 0 });
          part = walk(fragment.selectionSet, type);
          memo.set(key, part);
        }
        add(part);
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (name === '__schema') {
        requests += OPERATION_LIMITS.introspectionCost * 100;
        continue;
      }
      if (name === '__type') {
        requests += 1;
        continue;
      }
      if (!('getFields' in parent)) continue;
      const field = parent.getFields()[name];
      if (!field || !selection.selectionSet) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      const inner = walk(selection.selectionSet, type);
      if (isConnection(field)) {
        const size = pageSize(selection.arguments, variables);
        requests += 1;
        nodes += size;
        add(inner, size);
      } else if (
        isListType(getNullableType(field.type)) &&
        !(parent.name.endsWith('Connection') && (name === 'nodes' || name === 'edges'))
      ) {
        const ids = argumentValue(selection.arguments, 'ids', variables);
        add(inner, Array.isArray(ids) ? Math.max(ids.length, 1) : LIST_ESTIMATE);
      } else {
        add(inner);
      }
    }
    return { requests, nodes };
  };

  const root = rootTypeOf(schema, operation);
  const total = root ? walk(operation.selectionSet, root) : { requests: 0, nodes: 0 };
  return { requests: total.requests, nodes: total.nodes, cost: pointsFor(total.requests) };
}

/** Points for a number of requests: one per 100, at least 1. */
export function pointsFor(requests: number): number {
  return Math.max(1, Math.ceil(requests / 100));
}

export function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  if (operation.operation === 'mutation') return schema.getMutationType();
  if (operation.operation === 'subscription') return schema.getSubscriptionType();
  return schema.getQueryType();
}
