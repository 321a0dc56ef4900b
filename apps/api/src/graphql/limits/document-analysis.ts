import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { documentHasNul } from './nul-characters';
import { operationCost, type OperationCost } from './operation-cost';
import { measureDocument, type OperationShape } from './operation-shape';

/** Page-size arguments: the only variables an operation's cost depends on. */
const SIZE_ARGUMENTS = new Set(['first', 'last', 'ids']);
/** Costs kept per document, one per distinct set of page-size values; beyond, the oldest go. */
const MAX_COSTS_PER_DOCUMENT = 32;

interface DocumentAnalysis {
  shape: OperationShape;
  hasNul: boolean;
  fragments: Record<string, FragmentDefinitionNode>;
  sizeVariables: string[];
  costs: Map<string, OperationCost>;
}

// Apollo Server keeps parsed and validated documents in its document store and hands the same
// DocumentNode to every request with the same text, so what depends on the document alone is
// computed once per document (a WeakMap: nothing outlives the store's entry).
const analyses = new WeakMap<DocumentNode, DocumentAnalysis>();

function analyze(document: DocumentNode): DocumentAnalysis {
  let analysis = analyses.get(document);
  if (analysis) return analysis;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const sizeVariables = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  visit(document, {
    Argument(node) {
      if (SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) sizeVariables.add(node.value.name.value);
    },
  });
  analysis = {
    shape: measureDocument(document),
    hasNul: documentHasNul(document),
    fragments,
    sizeVariables: [...sizeVariables].sort(),
    costs: new Map(),
  };
  analyses.set(document, analysis);
  return analysis;
}

export function documentShape(document: DocumentNode): OperationShape {
  return analyze(document).shape;
}

export function documentFragments(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return analyze(document).fragments;
}

export function documentHasNulString(document: DocumentNode): boolean {
  return analyze(document).hasNul;
}

/** What operationCost reads of a page-size variable: a number, a list's length, or neither. */
function sizeKey(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `list:${value.length}`;
  return value === undefined || value === null ? 'none' : 'other';
}

/** The operation's cost (see operationCost), computed once per document and page-size variables. */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationCost {
  const analysis = analyze(document);
  const key = [operation.name?.value ?? '', ...analysis.sizeVariables.map((name) => sizeKey(variables?.[name]))].join('|');
  let cost = analysis.costs.get(key);
  if (!cost) {
    cost = operationCost(schema, operation, analysis.fragments, variables);
    if (analysis.costs.size >= MAX_COSTS_PER_DOCUMENT) analysis.costs.delete(analysis.costs.keys().next().value as string);
    analysis.costs.set(key, cost);
  }
  return cost;
}
