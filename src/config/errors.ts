/** A user-fixable problem: says what is wrong, where (input, file, field, line) and how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A scanner broke (crash, timeout, unparseable output). Fails the gate unless `fail-on-scanner-error: false`. */
export class ScannerError extends Error {
  override readonly name = 'ScannerError';
  constructor(
    readonly scanner: string,
    message: string,
  ) {
    super(`${scanner}: ${message}`);
  }
}

/**
 * A refusal worded by scan-gate from values it checked (package pins, hashes it computed): shown as
 * is. Other install errors quote the outside world (pip's output, download URLs) and are masked, which
 * would hide the very hashes this one exists to name.
 */
export class InstallRefusal extends Error {
  override readonly name = 'InstallRefusal';
}
