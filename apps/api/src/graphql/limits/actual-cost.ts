import {
  getNamedType,
  isCompositeType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { OPERATION_LIMITS } from './limits';
import { isConnection, pointsFor, rootTypeOf, type OperationCost } from './operation-cost';

type ResultObject = Record<string, unknown>;

const isObject = (value: unknown): value is ResultObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a (possibly nested) list value, or the value itself. */
function objectsOf(value: unknown): ResultObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  return isObject(value) ? [value] : [];
}

/**
 * The cost of what an operation actually returned, by the same rule as the requested cost: one
 * request per connection present in the result, one point per 100 requests (at least 1). Nodes
 * are the items the connections returned. Computed from the result data after execution, so a
 * connection asked for 100 items that holds 3 counts 3 nodes, and one under a null parent nothing.
 */
export function actualCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: unknown,
): OperationCost {
  let requests = 0;
  let nodes = 0;

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, value: ResultObject): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (fragment && condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, value);
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      if (selection.name.value === '__schema' && value[key] != null) requests += OPERATION_LIMITS.introspectionCost * 100;
      if (selection.name.value === '__type' && value[key] != null) requests += 1;
      const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      const type = field ? getNamedType(field.type) : undefined;
      if (!field || !type || !isCompositeType(type) || !selection.selectionSet) continue;
      const items = objectsOf(value[key]);
      if (isConnection(field)) {
        for (const connection of items) {
          requests += 1;
          nodes += returnedItems(connection);
        }
      }
      for (const item of items) walk(selection.selectionSet, type, item);
    }
  };

  const root = rootTypeOf(schema, operation);
  if (root && isObject(data)) walk(operation.selectionSet, root, data);
  return { requests, nodes, cost: pointsFor(requests) };
}

/** Items in a returned connection: its longest `nodes` or `edges` list, whatever alias they came under. */
function returnedItems(connection: ResultObject): number {
  let items = 0;
  for (const value of Object.values(connection)) if (Array.isArray(value)) items = Math.max(items, value.length);
  return items;
}
