import { generateKeyPairSync, randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export const base32 = (n: number): string =>
  Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[randomInt(32)]).join('');
export const alnum = (n: number): string =>
  Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[randomInt(62)]).join(
    '',
  );

/**
 * Plants an AWS key pair, a GitHub token, a private key and a high-entropy password (plus a bad
 * Dockerfile) at run time, so the repository itself never contains a secret. Returns the values.
 */
export function plantSecrets(root: string): string[] {
  const token = ['gh', 'p_', alnum(36)].join('');
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  writeFileSync(path.join(root, '.env'), `APP=demo\nGITHUB_TOKEN=${token}\n`);
  writeFileSync(path.join(root, 'id_rsa'), key);
  const awsId = ['AK', 'IA', base32(16)].join('');
  const awsSecret = alnum(40);
  writeFileSync(path.join(root, 'aws.env'), `AWS_ACCESS_KEY_ID=${awsId}\nAWS_SECRET_ACCESS_KEY=${awsSecret}\n`);
  const password = `${alnum(12)}-${alnum(12)}`;
  writeFileSync(path.join(root, 'settings.py'), `DEBUG = False\ndb_password = "${password}"\n`);
  writeFileSync(path.join(root, 'Dockerfile'), 'FROM ubuntu:latest\nRUN apt-get update\n');
  return [token, awsId, awsSecret, password, key.split('\n')[1] ?? key];
}
