/**
 * The JSDoc of the shared schemas (schema/*.ts) as data: the OpenAPI
 * document's descriptions come from the comments developers already read,
 * without shipping a byte more to the widgets (which import the same
 * schemas). The result is committed as schema-docs.json, which the Worker
 * imports; the OpenAPI test regenerates it and fails when it was stale.
 *
 * Node only (it reads the sources with the TypeScript compiler).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One exported schema's documentation. */
export interface SchemaDoc {
  /** The JSDoc of its declaration. */
  description?: string;
  /** The JSDoc of its fields, by dotted path (`eligibility.reason`; array items are transparent). */
  properties?: Record<string, string>;
}

/**
 * The documentation of every exported schema (PascalCase const) of the
 * schema modules in `dir`, by export name, in a stable order.
 *
 * @example
 * extractSchemaDocs('schema').PollView.properties.myBallot; // 'The caller’s own ballot…'
 */
export function extractSchemaDocs(dir: string): Record<string, SchemaDoc> {
  const docs: Record<string, SchemaDoc> = {};
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const [exportName, doc] of Object.entries(fileDocs(source))) {
      if (docs[exportName]) throw new Error(`${path}: ${exportName} is exported by two schema modules`);
      docs[exportName] = doc;
    }
  }
  return Object.fromEntries(Object.entries(docs).sort(([a], [b]) => a.localeCompare(b)));
}

interface Declaration {
  statement: ts.VariableStatement;
  initializer: ts.Expression;
  exported: boolean;
}

function fileDocs(source: ts.SourceFile): Record<string, SchemaDoc> {
  const declarations = new Map<string, Declaration>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        declarations.set(declaration.name.text, {
          statement,
          initializer: declaration.initializer,
          exported,
        });
      }
    }
  }
  const docs: Record<string, SchemaDoc> = {};
  for (const [name, declaration] of declarations) {
    // Schemas are PascalCase; constants (ROLES, POLL_PROBLEMS…) are not.
    if (!declaration.exported || !/^[A-Z][a-z]/.test(name)) continue;
    const properties: Record<string, string> = {};
    collect(declaration.initializer, '', properties, declarations, new Set([name]));
    const description = jsdocOf(declaration.statement);
    const doc: SchemaDoc = {};
    if (description) doc.description = description;
    if (Object.keys(properties).length > 0) doc.properties = properties;
    if (doc.description || doc.properties) docs[name] = doc;
  }
  return docs;
}

/**
 * Walks a schema expression for object entries and their JSDoc. Calls
 * (`v.pipe`, `v.nullable`, `v.array`…) are transparent; a spread of a local
 * object or of `Other.entries` brings its fields; another exported schema
 * is a component of its own and is not entered.
 */
function collect(
  node: ts.Expression,
  prefix: string,
  out: Record<string, string>,
  declarations: Map<string, Declaration>,
  seen: Set<string>,
): void {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    collect(node.expression, prefix, out, declarations, seen);
  } else if (ts.isCallExpression(node)) {
    for (const argument of node.arguments) collect(argument, prefix, out, declarations, seen);
  } else if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) collect(element, prefix, out, declarations, seen);
  } else if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = property.expression;
        const local = ts.isPropertyAccessExpression(spread) ? spread.expression : spread;
        if (ts.isIdentifier(local)) follow(local.text, prefix, out, declarations, seen, true);
      } else if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
        const key = property.name.getText().replace(/^['"]|['"]$/g, '');
        const path = `${prefix}${key}`;
        const text = jsdocOf(property);
        if (text) out[path] = text;
        if (ts.isPropertyAssignment(property)) {
          collect(property.initializer, `${path}.`, out, declarations, seen);
        }
      }
    }
  } else if (ts.isIdentifier(node)) {
    follow(node.text, prefix, out, declarations, seen, false);
  }
}

/** Enters a local declaration: any one when spread, a non-exported one otherwise. */
function follow(
  name: string,
  prefix: string,
  out: Record<string, string>,
  declarations: Map<string, Declaration>,
  seen: Set<string>,
  spread: boolean,
): void {
  const declaration = declarations.get(name);
  if (!declaration || seen.has(name) || (declaration.exported && !spread)) return;
  collect(declaration.initializer, prefix, out, declarations, new Set([...seen, name]));
}

/** A node's JSDoc text (tags such as `@example` left out), on one line. */
function jsdocOf(node: ts.Node): string | undefined {
  const jsdoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1);
  const text = jsdoc ? ts.getTextOfJSDocComment(jsdoc.comment) : undefined;
  return text ? text.replace(/\s*\n\s*/g, ' ').trim() : undefined;
}
