// Finds the GraphQL operations written in TypeScript sources (gql templates and plain strings), so
// that a build can check that its manifest of registered operations holds every one of them.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const OPERATION = /^\s*(query|mutation|subscription)\b\s*([A-Za-z_][A-Za-z0-9_]*)?\s*[({@]/;

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The literal text a GraphQL document would start with: a string, a template, or a template's head. */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text;
  return null;
}

const isGqlTagged = (node) => ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText() === 'gql';

/**
 * Every operation in the sources under `dir`: `{ name, kind, file, line }`; `name` is null for an
 * anonymous operation (a gql template starting with `{`, or `query {`), which cannot be registered.
 */
export function findOperations(dir) {
  const found = [];
  for (const file of sourceFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/\b(query|mutation|subscription)\b|gql`/.test(text)) continue;
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node) => {
      const literal = literalText(node);
      if (literal !== null) {
        const match = OPERATION.exec(literal);
        const anonymous = !match && isGqlTagged(node) && /^\s*\{/.test(literal);
        if (match || anonymous) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push({ name: match?.[2] ?? null, kind: match?.[1] ?? 'query', file, line });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Messages for the operations found in the sources that a manifest's operation names lack. */
export function missingOperations(found, registeredNames, root, howToFix) {
  const names = new Set(registeredNames);
  return found
    .filter((operation) => operation.name === null || !names.has(operation.name))
    .map(({ name, kind, file, line }) => {
      const where = `${path.relative(root, file)}:${line}`;
      return name === null
        ? `an anonymous ${kind} at ${where} cannot be registered: give it a name`
        : `the ${kind} ${name} (${where}) is not a registered operation: ${howToFix}`;
    });
}
