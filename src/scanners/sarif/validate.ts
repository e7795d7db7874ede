import type { ErrorObject } from 'ajv';
import type { Log } from 'sarif';
import { ConfigError } from '../../config/errors.js';
import { describeJsonError } from '../../text/json-error.js';
// Compiled from sarif-input.schema.json at build time (scripts/gen-validators.mjs).
import validator from './sarif-input.validator.js';

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = (error.params as { allowedValues?: unknown[]; allowedValue?: unknown }).allowedValues ?? [
      (error.params as { allowedValue?: unknown }).allowedValue,
    ];
    return `${where} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** Parses and validates a SARIF file named in `sarif-files`; invalid SARIF is a configuration error naming the file. */
export function parseSarifText(text: string, displayPath: string): Log {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${displayPath} is not valid JSON (${describeJsonError(error)}). Expected a SARIF 2.1.0 log.`,
    );
  }
  if (!validator(data)) {
    const problems = (validator.errors ?? []).slice(0, 5).map(describe).join('; ');
    throw new ConfigError(`Input \`sarif-files\`: ${displayPath} is not valid SARIF 2.1.0: ${problems}.`);
  }
  return data as Log;
}
