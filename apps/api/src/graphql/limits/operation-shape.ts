import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { tooComplex } from './limit-errors';
import { OPERATION_LIMITS } from './limits';

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Depth (fragments expanded), aliases and directives of a parsed document. Each fragment's depth is
 * computed once, so that fragments spread many times cost nothing more; cycles (which validation
 * refuses anyway) count as nothing rather than recursing.
 */
export function measureDocument(document: DocumentNode): OperationShape {
  let aliases = 0;
  let directives = 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  visit(document, {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
    FragmentDefinition(node) {
      fragments.set(node.name.value, node);
    },
  });
  const fragmentDepth = new Map<string, number>();
  const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
    if (!selectionSet) return 0;
    let max = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet));
      } else {
        const name = selection.name.value;
        let depth = fragmentDepth.get(name);
        if (depth === undefined) {
          fragmentDepth.set(name, 0); // in progress: a cycle counts as nothing here
          depth = depthOf(fragments.get(name)?.selectionSet);
          fragmentDepth.set(name, depth);
        }
        max = Math.max(max, depth);
      }
    }
    return max;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(definition.selectionSet));
  }
  return { depth, aliases, directives };
}

/** Refuses a document over the depth, alias or directive limits (HTTP 400, QUERY_TOO_COMPLEX). */
export function checkDocumentShape(shape: OperationShape): OperationShape {
  if (shape.depth > OPERATION_LIMITS.maxDepth) throw tooComplex('depth', OPERATION_LIMITS.maxDepth, shape.depth);
  if (shape.aliases > OPERATION_LIMITS.maxAliases) throw tooComplex('aliases', OPERATION_LIMITS.maxAliases, shape.aliases);
  if (shape.directives > OPERATION_LIMITS.maxDirectives) throw tooComplex('directives', OPERATION_LIMITS.maxDirectives, shape.directives);
  return shape;
}
