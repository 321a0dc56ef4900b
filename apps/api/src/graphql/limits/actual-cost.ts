import {
  getNamedType,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type InlineFragmentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { OPERATION_LIMITS } from './limits';
import { isConnection, pointsFor, rootTypeOf, type OperationCost } from './operation-cost';

type ResultObject = Record<string, unknown>;

const isObject = (value: unknown): value is ResultObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a (possibly nested) list value, or the value itself. */
function collectObjects(value: unknown, into: ResultObject[]): ResultObject[] {
  if (Array.isArray(value)) for (const item of value) collectObjects(item, into);
  else if (isObject(value)) into.push(value);
  return into;
}

/** What the walk needs of a field selection under a parent type: its result key, its composite type, whether it is a connection. */
interface FieldPlan {
  key: string;
  name: string;
  type: GraphQLCompositeType | null;
  connection: boolean;
}

// Apollo hands the same parsed document to every request with the same text, and the schema lives
// as long as the process: what a selection means under a parent type is worked out once, not once
// per returned object (a WeakMap: nothing outlives the document).
const fieldPlans = new WeakMap<FieldNode, Map<GraphQLCompositeType, FieldPlan>>();
const fragmentTypes = new WeakMap<FragmentDefinitionNode | InlineFragmentNode, Map<GraphQLCompositeType, GraphQLCompositeType | null>>();

function fieldPlan(selection: FieldNode, parent: GraphQLCompositeType): FieldPlan {
  let byParent = fieldPlans.get(selection);
  if (!byParent) fieldPlans.set(selection, (byParent = new Map()));
  let plan = byParent.get(parent);
  if (!plan) {
    const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
    const type = field ? getNamedType(field.type) : undefined;
    const composite = field && type && isCompositeType(type) && selection.selectionSet ? type : null;
    plan = {
      key: selection.alias?.value ?? selection.name.value,
      name: selection.name.value,
      type: composite,
      connection: composite !== null && field !== undefined && isConnection(field),
    };
    byParent.set(parent, plan);
  }
  return plan;
}

function fragmentType(
  schema: GraphQLSchema,
  fragment: FragmentDefinitionNode | InlineFragmentNode,
  parent: GraphQLCompositeType,
): GraphQLCompositeType | null {
  let byParent = fragmentTypes.get(fragment);
  if (!byParent) fragmentTypes.set(fragment, (byParent = new Map()));
  let type = byParent.get(parent);
  if (type === undefined) {
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
    type = condition && isCompositeType(condition) ? condition : null;
    byParent.set(parent, type);
  }
  return type;
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
        const condition = fragment ? fragmentType(schema, fragment, parent) : null;
        if (fragment && condition) walk(fragment.selectionSet, condition, value);
        continue;
      }
      const plan = fieldPlan(selection, parent);
      if (plan.name === '__schema' && value[plan.key] != null) requests += OPERATION_LIMITS.introspectionCost * 100;
      if (plan.name === '__type' && value[plan.key] != null) requests += 1;
      if (!plan.type) continue;
      const items = collectObjects(value[plan.key], []);
      if (plan.connection) {
        for (const connection of items) {
          requests += 1;
          nodes += returnedItems(connection);
        }
      }
      for (const item of items) walk(selection.selectionSet!, plan.type, item);
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
