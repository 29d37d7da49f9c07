import type { ZodType } from 'zod';

/** What a schema says about some data, as `path: message` lines (empty when it parses). */
export function schemaProblems(schema: ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
