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
