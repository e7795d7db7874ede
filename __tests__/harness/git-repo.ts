import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seeded } from './sarif-workload.js';

const GIT_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: tmpdir(),
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

const pick = (alphabet: string, n: number, random?: () => number) =>
  Array.from({ length: n }, () =>
    random ? alphabet[Math.floor(random() * alphabet.length)] : alphabet[randomInt(alphabet.length)],
  ).join('');

/** A random GitHub classic token, assembled at run time so the repository never holds one. */
export const fakeGithubToken = (): string =>
  ['gh', 'p_', pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 36)].join('');

/**
 * An AWS key pair (the id base32 after `AKIA`, which gitleaks' rule requires), assembled at run time.
 * Random by default. With a `seed`, the same pair every run: gitleaks' generic-api-key rule skips about
 * 1 secret in 25 (its stopwords and entropy floor; 13 of 300 random ones here), so a test that expects
 * that rule to fire uses a seed whose secret it is known to report.
 */
export const fakeAwsKeys = (seed?: number): { id: string; secret: string } => {
  const random = seed === undefined ? undefined : seeded(seed);
  return {
    id: ['AK', 'IA', pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, random)].join(''),
    secret: pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+', 40, random),
  };
};

/** A real git repository in a temporary directory, driven with argv arrays. */
export class GitRepo {
  readonly dir: string;

  constructor(prefix = 'git-repo-') {
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), text);
  }

  /** Writes (or with `undefined`, deletes) files and commits them; returns the new commit's SHA. */
  commit(message: string, files: Readonly<Record<string, string | undefined>>): string {
    for (const [file, text] of Object.entries(files)) {
      if (text === undefined) rmSync(path.join(this.dir, file));
      else this.write(file, text);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.head();
  }

  /** `n` harmless commits (one file each); returns the last SHA. */
  filler(prefix: string, n: number): string {
    let sha = '';
    for (let i = 0; i < n; i++) sha = this.commit(`${prefix} ${i}`, { [`${prefix}/${i}.txt`]: `change ${i}\n` });
    return sha;
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}
