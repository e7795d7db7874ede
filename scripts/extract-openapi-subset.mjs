// Extracts the GitHub REST operations scan-gate calls from GitHub's published OpenAPI description
// (@octokit/openapi, 385 MB — never a dependency) into __tests__/harness/openapi-subset.json, which the
// fake GitHub API validates every request against. Run once per description update:
//   npm i --no-save --prefix /tmp/openapi @octokit/openapi@23.0.2 && node scripts/extract-openapi-subset.mjs /tmp/openapi
//   npx biome format --write __tests__/harness/openapi-subset.json __tests__/__fixtures__/github-api
// The alert-source operations' documented example responses (GitHub's own) are written to
// __tests__/__fixtures__/github-api/<operation>.json as test fixtures.
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
  // Alert sources (dependabot, dependency-review, code-scanning, secret-scanning)
  ['get', '/repos/{owner}/{repo}/dependabot/alerts'],
  ['get', '/repos/{owner}/{repo}/dependency-graph/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/code-scanning/alerts'],
  ['get', '/repos/{owner}/{repo}/secret-scanning/alerts'],
];

/** Operations whose documented 200 example becomes a fixture. */
const EXAMPLES = [
  'dependabot/list-alerts-for-repo',
  'dependency-graph/diff-range',
  'code-scanning/list-alerts-for-repo',
  'secret-scanning/list-alerts-for-repo',
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
for (const [method, route] of OPERATIONS) {
  const op = spec.paths[route][method];
  if (!EXAMPLES.includes(op.operationId)) continue;
  const example = op.responses?.['200']?.content?.['application/json']?.examples?.default?.value;
  if (example === undefined) throw new Error(`${op.operationId} has no documented example response`);
  const name = op.operationId.replace('/', '--');
  writeFileSync(`__tests__/__fixtures__/github-api/${name}.json`, `${JSON.stringify(example, null, 2)}\n`);
}
writeFileSync('__tests__/harness/openapi-subset.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${out.operations.length} operations`);
