import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './tools.js';

export interface RunActionOptions {
  /** Input values by their action.yml name (`fail-on`, `sarif-files`…); passed as INPUT_<NAME> with `-` kept. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** The repository checkout the action runs in (GITHUB_WORKSPACE and cwd). */
  readonly workspace: string;
  readonly eventName?: string;
  /** Event payload written to a file for GITHUB_EVENT_PATH; a string is written verbatim (malformed payload tests). */
  readonly event?: unknown;
  readonly env?: Readonly<Record<string, string>>;
  /** Base URL of the fake GitHub API (GITHUB_API_URL). */
  readonly apiUrl?: string;
  readonly script?: 'dist/index.js' | 'dist/cli.js';
  readonly args?: readonly string[];
  readonly timeoutMs?: number;
  /** Called once the process is started (e.g. to send it a signal). */
  readonly onStart?: (child: ChildProcess) => void;
}

export interface ActionResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Workflow-command annotations printed on stdout (`::error file=…::msg`). */
  readonly annotations: { level: string; props: Record<string, string>; message: string }[];
  readonly tempDir: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m) {
      const [, name = '', delimiter] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else {
      const eq = (lines[i] ?? '').indexOf('=');
      if (eq > 0) outputs[(lines[i] ?? '').slice(0, eq)] = (lines[i] ?? '').slice(eq + 1);
    }
  }
  return outputs;
}

function parseAnnotations(stdout: string): ActionResult['annotations'] {
  const out: ActionResult['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      props[part.slice(0, eq)] = part.slice(eq + 1);
    }
    out.push({ level: m[1] ?? '', props, message: m[3] ?? '' });
  }
  return out;
}

/**
 * Runs the bundled action exactly as the runner does: node spawned directly (never via a shell, so
 * `INPUT_FAIL-ON` keeps its dash), INPUT_* and GITHUB_* variables, an event payload file, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The child gets a clean environment, not the test's.
 */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'scan-gate-run-'));
  const runnerTemp = path.join(tempDir, 'runner-temp');
  const toolCache = path.join(tempDir, 'tool-cache');
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(toolCache, { recursive: true });
  const outputFile = path.join(tempDir, 'output.txt');
  const summaryFile = path.join(tempDir, 'summary.md');
  const eventFile = path.join(tempDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, typeof opts.event === 'string' ? opts.event : JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...(opts.apiUrl ? { GITHUB_API_URL: opts.apiUrl } : {}),
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  if (!('INPUT_GITHUB-TOKEN' in env)) env['INPUT_GITHUB-TOKEN'] = 'test-token-not-secret';
  const script = path.join(REPO_ROOT, opts.script ?? 'dist/index.js');
  const child = spawn(process.execPath, [script, ...(opts.args ?? [])], { cwd: opts.workspace, env, shell: false });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  opts.onStart?.(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    tempDir,
  };
}
