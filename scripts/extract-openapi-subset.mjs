// Extracts the GitHub REST operations scan-gate calls from GitHub's published OpenAPI description
// (@octokit/openapi, 385 MB — never a dependency) into __tests__/harness/openapi-subset.json, which the
// fake GitHub API validates every request against. Run once per description update:
//   npm i --no-save --prefix /tmp/openapi @octokit/openapi@23.0.2 && node scripts/extract-openapi-subset.mjs /tmp/openapi
//   npx biome format --write __tests__/harness/openapi-subset.json   # the committed file is biome-formatted
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OPERATIONS = [
  ['post', '/repos/{owner}/{repo}/code-scanning/sarifs'],
  ['get', '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}'],
];

const prefix = process.argv[2] ?? '/tmp/openapi';
const file = path.join(prefix, 'node_modules/@octokit/openapi/generated/api.github.com.deref.json');
const spec = JSON.parse(readFileSync(file, 'utf8'));
const out = {
  source: `@octokit/openapi ${JSON.parse(readFileSync(path.join(prefix, 'node_modules/@octokit/openapi/package.json'), 'utf8')).version} generated/api.github.com.deref.json`,
  operations: [],
};
for (const [method, route] of OPERATIONS) {
  const op = spec.paths[route]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${route} is not in the description`);
  out.operations.push({
    method: method.toUpperCase(),
    path: route,
    operationId: op.operationId,
    parameters: (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      required: Boolean(p.required),
      schema: p.schema,
    })),
    requestBody: op.requestBody?.content?.['application/json']?.schema,
    requestBodyRequired: Boolean(op.requestBody?.required),
    responses: Object.keys(op.responses ?? {}),
  });
}
writeFileSync('__tests__/harness/openapi-subset.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${out.operations.length} operations`);
