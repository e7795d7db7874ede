import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../findings/workspace-file.js';
import { buildPolicy } from './build-policy.js';
import { ConfigError } from './errors.js';
import { parseForwardConfig } from './forward-inputs.js';
import {
  parseBoolean,
  parseDuration,
  parseGlobs,
  parseLogins,
  parseMode,
  parseScanners,
  parseThreshold,
  parseTristate,
  parseUrl,
  parseVersions,
  splitList,
} from './input-parsers.js';
import { loadPolicyFile, type PolicyFile } from './policy-file.js';
import { parseShardMode } from './shard-inputs.js';
import type { Config } from './types.js';

/** Where input values come from: the runner's `INPUT_*` variables or CLI flags. '' = not given. */
export type InputSource = (name: string) => string;

export interface ConfigEnvironment {
  /** Absolute repository root (`GITHUB_WORKSPACE`, or the CLI's target). */
  readonly workspace: string;
  /** `RUNNER_TEMP`; absent locally. */
  readonly runnerTemp?: string;
  /** Where results go when neither the inputs nor the policy file say (the CLI: outside the scanned tree). */
  readonly defaultOutputDir?: string;
  /** Whether SAFETY_API_KEY is set (never the key itself): the `safety` scanner cannot run without it. */
  readonly safetyApiKeySet?: boolean;
}

export const DEFAULT_CONFIG_FILE = '.github/scan-gate.yml';

/** Defaults of inputs the policy file may also set (action.yml leaves them empty so precedence is knowable). */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  scanners: 'auto',
  path: '.',
  images: '',
  'fail-on': '',
  mode: 'all',
  'upload-sarif': 'auto',
  comment: 'auto',
  summary: 'true',
  issue: 'auto',
  versions: '',
  'tool-mirror': '',
  cache: 'true',
  'sarif-files': '',
  'scanner-timeout': '15m',
  'fail-on-scanner-error': '',
  'output-dir': '',
  instance: '',
  'allow-untrusted-head': 'false',
  shard: '',
  aggregate: '',
  'expect-shards': '',
  'security-hub': 'false',
  ocsf: 'false',
  'forward-failure': 'warn',
  // Inputs only (never from the policy file: they come from secrets).
  'siem-webhook': '',
  'siem-webhook-secret': '',
  'issue-assignees': '',
  'issue-mentions': '',
};

/** Reads every input once, loads the policy file, and returns one typed, validated Config. */
export function loadConfig(opts: { inputs: InputSource; env: ConfigEnvironment }): Config {
  const { env } = opts;
  const configInput = opts.inputs('config').trim();
  const configPath = path.resolve(env.workspace, configInput || DEFAULT_CONFIG_FILE);
  const file = loadPolicyFile(configPath, {
    explicit: configInput !== '',
    displayPath: configInput || DEFAULT_CONFIG_FILE,
  });
  const value = (name: string): string => {
    const given = opts.inputs(name).trim();
    if (given !== '') return given;
    return file?.inputs[name]?.trim() || (INPUT_DEFAULTS[name] ?? '');
  };
  const failOnText = value('fail-on');
  const failOnSource = opts.inputs('fail-on').trim() ? 'fail-on input' : (file?.rules.sources['fail-on'] ?? 'fail-on');
  const scannerErrorText = value('fail-on-scanner-error');
  const policy = buildPolicy({
    rules: file?.rules,
    failOn: failOnText ? parseThreshold('fail-on', failOnText) : undefined,
    failOnSource,
    failOnScannerError: scannerErrorText ? parseBoolean('fail-on-scanner-error', scannerErrorText) : undefined,
    source: file ? file.path : 'inputs',
  });
  const scanPath = resolveScanPath(env.workspace, value('path'));
  const scanners = parseScanners('scanners', value('scanners'));
  if (scanners !== 'auto' && scanners.includes('safety') && !env.safetyApiKeySet) throw safetyWithoutKey();
  return {
    scanners,
    workspace: env.workspace,
    path: scanPath,
    images: splitList(value('images')),
    configFile: file?.path,
    mode: parseMode('mode', value('mode')),
    uploadSarif: parseTristate('upload-sarif', value('upload-sarif')),
    comment: parseTristate('comment', value('comment')),
    summary: parseBoolean('summary', value('summary')),
    issue: parseTristate('issue', value('issue')),
    token: opts.inputs('github-token').trim(),
    versions: binariesOutside(env.workspace, parseVersions('versions', value('versions'))),
    toolMirror: value('tool-mirror') ? parseUrl('tool-mirror', value('tool-mirror')) : undefined,
    cache: parseBoolean('cache', value('cache')),
    sarifFiles: parseGlobs('sarif-files', value('sarif-files')),
    scannerTimeoutMs: parseDuration('scanner-timeout', value('scanner-timeout')),
    policy,
    ...instanceAndOutputDir(env, value('instance'), value('output-dir')),
    allowUntrustedHead: parseBoolean('allow-untrusted-head', value('allow-untrusted-head')),
    shards: parseShardMode({
      shard: value('shard'),
      aggregate: value('aggregate'),
      expectShards: value('expect-shards'),
    }),
    forward: parseForwardConfig({ value, input: (name) => opts.inputs(name).trim() }),
    issueAssignees: parseLogins('issue-assignees', value('issue-assignees'), false),
    issueMentions: parseLogins('issue-mentions', value('issue-mentions'), true),
  };
}

/** GitHub's expression syntax, shown to the user verbatim (not a JS placeholder). */
const SAFETY_SECRET_EXPRESSION = ['$', '{{ secrets.SAFETY_API_KEY }}'].join('');

/** `auto` never picks safety; choosing it without a key is a configuration error that says how to get one. */
function safetyWithoutKey(): ConfigError {
  return new ConfigError(
    'Input `scanners`: safety needs an API key, but SAFETY_API_KEY is not set. Create a free Safety account at ' +
      'https://platform.safetycli.com, copy an API key from its API keys page into a repository secret, and give ' +
      `it to the step: \`env: { SAFETY_API_KEY: ${SAFETY_SECRET_EXPRESSION} }\` (locally: export SAFETY_API_KEY). ` +
      'Or remove safety from `scanners`.',
  );
}

function resolveScanPath(workspace: string, input: string): string {
  const abs = path.resolve(workspace, input);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ConfigError(`Input \`path\`: "${input}" is not a directory under the workspace (${workspace}).`);
  }
  return abs;
}

/** Each instance gets its own default output folder, so two steps in one job never share report.json. */
function instanceAndOutputDir(env: ConfigEnvironment, instanceInput: string, outputInput: string) {
  const instance = parseInstance(instanceInput);
  const suffix = instance === 'default' ? '' : `-${instance}`;
  const outputDir = outputInput
    ? path.resolve(env.workspace, outputInput)
    : env.defaultOutputDir
      ? `${env.defaultOutputDir}${suffix}`
      : env.runnerTemp
        ? path.join(env.runnerTemp, `scan-gate${suffix}`)
        : path.resolve(env.workspace, `scan-gate-results${suffix}`);
  return { instance, outputDir };
}

/**
 * `versions: id=/abs/path` must name a binary outside the checkout: one inside it would let a change to
 * the repository (a pull request) choose the program that decides whether it passes.
 */
function binariesOutside<T extends Record<string, string | undefined>>(workspace: string, versions: T): T {
  const root = existsSync(workspace) ? realpathSync(workspace) : workspace;
  for (const [id, value] of Object.entries(versions)) {
    if (!value || !path.isAbsolute(value)) continue;
    const real = existsSync(value) ? realpathSync(value) : path.resolve(value);
    if (isInside(root, real)) {
      throw new ConfigError(
        `Input \`versions\`: ${id}=${value} is inside the repository checkout; a scanner binary must come from outside it (install it in an earlier step, then give its path or use ${id}=path).`,
      );
    }
  }
  return versions;
}

function parseInstance(input: string): string {
  if (input === '') return 'default';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(input)) {
    throw new ConfigError(`Input \`instance\` must be 1–64 letters, digits, "-", "_" or "." (got "${input}").`);
  }
  return input;
}

export type { PolicyFile };
