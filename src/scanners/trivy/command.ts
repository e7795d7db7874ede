import { devNull } from 'node:os';
import path from 'node:path';
import type { Invocation, ScanContext } from '../types.js';

const COMMON = ['--format', 'json', '--exit-code', '0', '--quiet'];

/**
 * `trivy fs` over the scan root (vulnerabilities, secrets, misconfiguration), then `trivy image` per
 * image. `.trivyignore` is applied by scan-gate itself (so ignored findings stay visible): trivy is
 * pointed at the null device, an ignore file that exists and is empty. (A missing file worked with
 * the 0.44-era build; trivy 0.74 stops with "ignore file not found".)
 */
export function trivyCommand(ctx: ScanContext): Invocation[] {
  // On Windows, `NUL`: Go's own name for the null device (os.DevNull), which trivy (Go) stats and opens.
  const noIgnores = ['--ignorefile', process.platform === 'win32' ? 'NUL' : devNull];
  const cache = ['--cache-dir', ctx.cacheDir];
  const fsOut = path.join(ctx.workDir, 'trivy-fs.json');
  const invocations: Invocation[] = [
    {
      argv: [
        ctx.binary,
        'fs',
        '--scanners',
        ctx.policy.scanLicenses ? 'vuln,secret,misconfig,license' : 'vuln,secret,misconfig',
        ...COMMON,
        ...cache,
        ...noIgnores,
        '--output',
        fsOut,
        ctx.root,
      ],
      okExitCodes: [0],
      output: { kind: 'file', path: fsOut },
    },
  ];
  ctx.images.forEach((image, i) => {
    const out = path.join(ctx.workDir, `trivy-image-${i}.json`);
    invocations.push({
      argv: [
        ctx.binary,
        'image',
        '--scanners',
        ctx.policy.scanLicenses ? 'vuln,secret,license' : 'vuln,secret',
        ...COMMON,
        ...cache,
        ...noIgnores,
        '--output',
        out,
        image,
      ],
      okExitCodes: [0],
      output: { kind: 'file', path: out },
      label: image,
    });
  });
  return invocations;
}
