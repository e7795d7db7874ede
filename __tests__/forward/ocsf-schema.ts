import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO_ROOT } from '../harness/tools.js';

interface Bundle {
  readonly version: string;
  readonly classes: Record<string, { $id: string }>;
  readonly objects: Record<string, { $id: string }>;
}

/**
 * The OCSF 1.8.0 JSON Schemas of Vulnerability Finding and Detection Finding plus every object they
 * reference (see __fixtures__/ocsf/PROVENANCE.md), compiled with ajv's draft 2020-12 validator.
 */
export function ocsfValidator() {
  const file = path.join(REPO_ROOT, '__tests__/__fixtures__/ocsf/ocsf-1.8.0-findings.schema.json');
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const schema of Object.values(bundle.objects)) ajv.addSchema(schema);
  const byClass = {
    2002: ajv.compile(bundle.classes.vulnerability_finding as object),
    2004: ajv.compile(bundle.classes.detection_finding as object),
  };
  return {
    version: bundle.version,
    /** Problems of one record (empty = valid); the class is chosen by its class_uid. */
    check(record: Record<string, unknown>): string[] {
      const validate = byClass[record.class_uid as 2002 | 2004];
      if (!validate) return [`class_uid ${String(record.class_uid)} is neither 2002 nor 2004`];
      if (validate(record)) return [];
      return (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
    },
  };
}
