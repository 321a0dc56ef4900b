import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Names of the fields a request selects on the items of a connection (`nodes { … }` and
 * `edges { node { … } }`), through fragments and inline fragments. Remembered per field node:
 * Apollo hands the same parsed document to every request with the same text, so the walk runs
 * once per document, not once per request.
 */
const byFieldNode = new WeakMap<FieldNode, ReadonlySet<string>>();

export function connectionItemFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const first = info.fieldNodes[0]!;
  const known = info.fieldNodes.length === 1 ? byFieldNode.get(first) : undefined;
  if (known) return known;
  const names = new Set<string>();
  for (const fieldNode of info.fieldNodes) {
    for (const connectionField of fieldsOf(fieldNode.selectionSet, info.fragments)) {
      if (connectionField.name.value === 'nodes') collect(connectionField.selectionSet, info.fragments, names);
      if (connectionField.name.value === 'edges') {
        for (const edgeField of fieldsOf(connectionField.selectionSet, info.fragments)) {
          if (edgeField.name.value === 'node') collect(edgeField.selectionSet, info.fragments, names);
        }
      }
    }
  }
  if (info.fieldNodes.length === 1) byFieldNode.set(first, names);
  return names;
}

function collect(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, names: Set<string>): void {
  for (const field of fieldsOf(selectionSet, fragments)) names.add(field.name.value);
}

/** The fields of a selection set, fragments flattened (directives such as @skip are not evaluated: a field counts if it may be asked). */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  if (!selectionSet) return [];
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') fields.push(selection);
    else if (selection.kind === 'InlineFragment') fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fields.push(...fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, seen));
    }
  }
  return fields;
}
