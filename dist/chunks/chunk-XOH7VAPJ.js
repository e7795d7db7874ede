import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/config/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var ScannerError = class extends Error {
  constructor(scanner, message) {
    super(`${scanner}: ${message}`);
    this.scanner = scanner;
  }
  scanner;
  name = "ScannerError";
};

export {
  ConfigError,
  ScannerError
};
