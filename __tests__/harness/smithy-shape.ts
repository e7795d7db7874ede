import { NormalizedSchema } from '@smithy/core/schema';

/**
 * Checks a JSON value against a Smithy schema shipped in an AWS SDK client package (the service
 * model the SDK itself serialises with): unknown members, missing required members and wrong types
 * are reported with their JSON path.
 */
export function checkShape(schemaRef: unknown, value: unknown, at = '$'): string[] {
  const ns = NormalizedSchema.of(schemaRef as Parameters<typeof NormalizedSchema.of>[0]);
  if (value === null || value === undefined) return [`${at}: null`];
  if (ns.isStructSchema()) return checkStruct(ns, value, at);
  if (ns.isListSchema()) {
    if (!Array.isArray(value)) return [`${at}: expected a list`];
    return value.flatMap((v, i) => checkShape(ns.getValueSchema(), v, `${at}[${i}]`));
  }
  if (ns.isMapSchema()) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected a map`];
    return Object.entries(value).flatMap(([k, v]) => checkShape(ns.getValueSchema(), v, `${at}.${k}`));
  }
  if (ns.isStringSchema()) return typeof value === 'string' ? [] : [`${at}: expected a string`];
  if (ns.isBooleanSchema()) return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
  if (ns.isNumericSchema()) return typeof value === 'number' ? [] : [`${at}: expected a number`];
  if (ns.isTimestampSchema()) return typeof value === 'string' || typeof value === 'number' ? [] : [`${at}: timestamp`];
  return [];
}

function checkStruct(ns: NormalizedSchema, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected a structure`];
  const members = ns.getMemberSchemas();
  const raw = ns.getSchema() as unknown as unknown[];
  // Static structure schemas list required members first and store their count at index 6.
  const names = raw[4] as string[];
  const required = names.slice(0, typeof raw[6] === 'number' ? raw[6] : 0);
  const errors: string[] = [];
  const record = value as Record<string, unknown>;
  for (const name of required) if (record[name] === undefined) errors.push(`${at}: missing required member ${name}`);
  // undefined members are not serialised (the SDK drops them), so they are not checked either.
  for (const [k, v] of Object.entries(record).filter(([, x]) => x !== undefined)) {
    const member = members[k];
    if (!member) errors.push(`${at}: unknown member ${k}`);
    else errors.push(...checkShape(member, v, `${at}.${k}`));
  }
  return errors;
}
