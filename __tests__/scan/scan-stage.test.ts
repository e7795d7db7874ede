import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, InstallRefusal } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { ScannerId } from '../../src/findings/finding.js';
import { describeHashMismatches } from '../../src/install/pip-lock.js';
import { type InstallScanner, runScanStage } from '../../src/pipeline/scan-stage.js';
import { fakeGithubToken } from '../harness/git-repo.js';

function stageFor(scanners: string, install: InstallScanner, log: (m: string) => void = () => undefined) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'scan-stage-'));
  const config = loadConfig({ inputs: (name) => (name === 'scanners' ? scanners : ''), env: { workspace } });
  return runScanStage({
    config,
    event: { name: 'local', payload: {}, sha: 'a'.repeat(40) },
    install,
    workRoot: path.join(workspace, '.work'),
    log,
  });
}

describe('scan stage: installs', () => {
  it('runs every install at once: each waits until all have started (a serial stage would time out)', async () => {
    const started: ScannerId[] = [];
    let allStarted: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => {
      allStarted = resolve;
    });
    const install: InstallScanner = async (id) => {
      started.push(id);
      if (started.length === 3) allStarted();
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
      if ((await Promise.race([barrier, timeout])) === 'timeout') throw new Error(`${id} waited alone`);
      throw new Error(`${id} download refused (test)`);
    };
    const result = await stageFor('gitleaks,trufflehog,osv-scanner', install);
    expect(started).toHaveLength(3);
    // Install trouble is each scanner's error (fail closed), reported in selection order.
    expect(result.runs.map((r) => [r.id, r.status, r.error?.split('. Offline')[0]])).toEqual([
      ['gitleaks', 'error', 'install failed: gitleaks download refused (test)'],
      ['trufflehog', 'error', 'install failed: trufflehog download refused (test)'],
      ['osv-scanner', 'error', 'install failed: osv-scanner download refused (test)'],
    ]);
  });

  it('an install error quoting a credential (pip output, a mirror URL) is masked in the log and the run', async () => {
    const token = fakeGithubToken();
    const logged: string[] = [];
    const install: InstallScanner = async (id) => {
      throw new Error(
        `${id}: pip exited with 1: \u001b[31mERROR\u001b[0m index https://ci:${token}@pypi.example/simple`,
      );
    };
    const result = await stageFor('bandit', install, (m) => logged.push(m));
    const text = [...logged, ...result.runs.map((r) => r.error ?? '')].join('\n');
    expect(result.runs[0]?.status).toBe('error');
    expect(text).toMatch(/install failed: bandit: pip exited with 1/);
    expect(text).not.toContain(token);
    expect(text).not.toContain('\u001b');
  });

  it('a configuration error in one install is raised only after the other installs have finished', async () => {
    // Otherwise they go on downloading into a work folder the run is already deleting.
    const finished: ScannerId[] = [];
    const install: InstallScanner = async (id) => {
      if (id === 'gitleaks') throw new ConfigError('Input `versions` is invalid for gitleaks (test)');
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished.push(id);
      throw new Error(`${id} download refused (test)`);
    };
    await expect(stageFor('gitleaks,trufflehog,osv-scanner', install)).rejects.toThrow(/versions. is invalid/);
    expect(finished.sort()).toEqual(['osv-scanner', 'trufflehog']);
  });
});

describe('scan stage: install refusals', () => {
  it('a pip hash refusal keeps the hashes it names (masking made them *** )', async () => {
    const got = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
    const allowed = 'b'.repeat(32) + 'fedcba9876543210'.repeat(2);
    const install: InstallScanner = async () => {
      throw new InstallRefusal(
        describeHashMismatches('bandit', [{ requirement: 'bandit==1.9.4', expected: [allowed], got }]),
      );
    };
    const result = await stageFor('bandit', install);
    expect(result.runs[0]?.status).toBe('error');
    expect(result.runs[0]?.error).toContain(
      `bandit==1.9.4: downloaded sha256 ${got}, the lock allows sha256 ${allowed}`,
    );
  });
});
