/**
 * The OpenAPI document rendered as Markdown (docs/api.md): every operation
 * with its credentials, parameters, body and answers, every schema with a
 * line per field, every problem code. The OpenAPI test renders it from the
 * document the Worker serves and fails when the committed file differs.
 */

type Json = Record<string, unknown>;

const SCHEME_NAMES: Record<string, string> = {
  hostToken: 'host-site token',
  participant: '`Sip-Participant`',
  adminToken: 'admin token',
  cloudflareAccess: 'Cloudflare Access',
};

/**
 * The reference for a document.
 *
 * @example
 * writeFileSync('docs/api.md', renderMarkdown(await (await fetch('/api/v1/openapi.json')).json()));
 */
export function renderMarkdown(document: Json): string {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const components = document.components as { schemas: Record<string, Json> };
  const info = document.info as { title: string; description: string };
  const sections = [
    `# ${info.title}\n\nGenerated from the Worker's OpenAPI 3.1 document (\`GET /api/v1/openapi.json\`) by \`functions/openapi/openapi.test.ts\`; do not edit: the routes, their feature's \`openapi.ts\` and the JSDoc of \`schema/*.ts\` are the source.\n\n${info.description}\n`,
    '## Operations\n',
    ...Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => renderOperation(method, path, operation)),
    ),
    '## Schemas\n\nEvery object answered may gain fields in a later version; clients should ignore the ones they do not know.\n',
    ...Object.entries(components.schemas)
      .filter(([name]) => name !== 'ProblemCode')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, schema]) => renderSchema(name, schema)),
    renderProblemCodes(components.schemas.ProblemCode),
  ];
  return `${sections.join('\n').trimEnd()}\n`;
}

function renderOperation(method: string, path: string, operation: Json): string {
  const lines = [`### \`${method.toUpperCase()} ${path}\`: ${operation.summary}\n`];
  if (operation['x-development-only']) {
    lines.push('_Development only: served when `DEV_TOKENS` is "true", else 404 `not_found`._\n');
  }
  if (operation.description) lines.push(`${operation.description}\n`);
  lines.push(`**Credentials**: ${credentials(operation.security as Json[])}.\n`);
  const parameters = (operation.parameters ?? []) as Json[];
  if (parameters.length > 0) {
    lines.push(
      table(
        ['parameter', 'in', 'required', 'type', 'description'],
        parameters.map((parameter) => [
          `\`${parameter.name}\``,
          String(parameter.in),
          parameter.required ? 'yes' : 'no',
          typeOf(parameter.schema as Json),
          String(parameter.description ?? ''),
        ]),
      ),
    );
  }
  const body = operation.requestBody as
    | { description: string; content: Record<string, { schema: Json }> }
    | undefined;
  if (body) {
    const [[media, { schema }]] = Object.entries(body.content);
    lines.push(`**Body** (\`${media}\`): ${typeOf(schema)}. ${body.description}\n`);
  }
  const responses = operation.responses as Record<string, Json>;
  lines.push(
    table(
      ['status', 'answer', 'when'],
      Object.entries(responses).map(([status, response]) => {
        const content = (response.content ?? {}) as Record<string, { schema: Json }>;
        const answers = Object.entries(content).map(([media, { schema }]) =>
          media === 'application/problem+json' ? '[Problem](#problem)' : `${typeOf(schema)} (\`${media}\`)`,
        );
        return [status, answers.join(', ') || 'no body', String(response.description)];
      }),
    ),
  );
  // Answers that are not a named schema get their fields here.
  for (const [status, response] of Object.entries(responses)) {
    for (const { schema } of Object.values((response.content ?? {}) as Record<string, { schema: Json }>)) {
      const rows = schema.$ref ? [] : fieldRows(schema, '');
      if (rows.length > 0)
        lines.push(`**${status}** fields:\n\n${table(['field', 'type', 'required', 'description'], rows)}`);
    }
  }
  return lines.join('\n');
}

function credentials(security: Json[]): string {
  if (security.length === 0) return 'none';
  const schemes = security
    .flatMap((requirement) => Object.keys(requirement))
    .map((name) => SCHEME_NAMES[name] ?? name);
  const optional = security.some((requirement) => Object.keys(requirement).length === 0);
  return `${optional ? 'optional, ' : ''}${schemes.join(' or ')}`;
}

function renderSchema(name: string, schema: Json): string {
  const lines = [`### ${name}\n`];
  if (schema.description) lines.push(`${schema.description}\n`);
  const rows = fieldRows(schema, '');
  if (rows.length > 0) lines.push(table(['field', 'type', 'required', 'description'], rows));
  else lines.push(`${typeOf(schema, true)}\n`);
  return lines.join('\n');
}

/** A row per field, nested inline objects flattened (`eligibility.reason`, `byRole[].role`). */
function fieldRows(schema: Json, prefix: string): string[][] {
  const rows: string[][] = [];
  for (const object of objectsIn(schema)) {
    const required = new Set((object.required ?? []) as string[]);
    for (const [field, property] of Object.entries((object.properties ?? {}) as Record<string, Json>)) {
      const name = `${prefix}${field}`;
      if (rows.some((row) => row[0] === `\`${name}\``)) continue;
      rows.push([
        `\`${name}\``,
        typeOf(property),
        required.has(field) ? 'yes' : 'no',
        String(property.description ?? ''),
      ]);
      const inline = inlineObject(property);
      if (inline) rows.push(...fieldRows(inline.schema, `${name}${inline.array ? '[]' : ''}.`));
    }
  }
  return rows;
}

/** The variants of a union of objects, or the object itself. */
function objectsIn(schema: Json): Json[] {
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants?.every((variant) => variant.properties)) return variants;
  return schema.properties ? [schema] : [];
}

/** An object written in place (not a named schema), directly, in an array or nullable. */
function inlineObject(schema: Json): { schema: Json; array: boolean } | undefined {
  if (schema.properties) return { schema, array: false };
  if (schema.type === 'array' && (schema.items as Json | undefined)?.properties) {
    return { schema: schema.items as Json, array: true };
  }
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  const object = variants?.find((variant) => variant.properties || variant.type === 'array');
  return object && object !== schema ? inlineObject(object) : undefined;
}

/** A schema in a few words: `string (3–64)`, `[Slug](#slug) \| null`, `"a" \| "b"`. */
function typeOf(schema: Json | undefined, detailed = false): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return `[${name}](#${name.toLowerCase()})`;
  }
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (variants) return variants.map((variant) => typeOf(variant)).join(' \\| ');
  const bounds = (min: unknown, max: unknown) =>
    min !== undefined || max !== undefined ? ` (${min ?? 0}–${max ?? '…'})` : '';
  switch (schema.type) {
    case 'array':
      return `${typeOf(schema.items as Json)}[]${bounds(schema.minItems, schema.maxItems)}`;
    case 'string': {
      const format = schema.format ? ` ${schema.format}` : '';
      const pattern = detailed && schema.pattern ? `, \`${schema.pattern}\`` : '';
      return `string${format}${bounds(schema.minLength, schema.maxLength)}${pattern}`;
    }
    case 'integer':
    case 'number':
      return `${schema.type}${bounds(schema.minimum, schema.maximum)}`;
    case 'object':
      return schema.properties ? 'object' : 'object (any fields)';
    case undefined:
      return 'any';
    default:
      return String(schema.type);
  }
}

function renderProblemCodes(schema: Json): string {
  const codes = (schema.oneOf ?? []) as { const: string; title: string; description: string }[];
  return `## ProblemCode\n\n${schema.description}\n\n${table(
    ['code', 'status', 'title'],
    codes.map((code) => [`\`${code.const}\``, code.description.replace(/^HTTP (\d+)\.$/, '$1'), code.title]),
  )}`;
}

/** A Markdown table, its columns padded as the formatter (Biome) lays them out. */
function table(head: string[], rows: string[][]): string {
  const cell = (text: string) => text.replaceAll('\n', ' ').replace(/(?<!\\)\|/g, '\\|');
  const body = rows.map((row) => row.map(cell));
  const widths = head.map((title, column) =>
    Math.max(3, title.length, ...body.map((row) => [...row[column]].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, column) => text + ' '.repeat(widths[column] - [...text].length)).join(' | ')} |`;
  return `${[line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n')}\n`;
}
