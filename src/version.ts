/** scan-gate's own version, recorded in reports (kept equal to package.json by a test). */
export const TOOL_VERSION = '0.1.0';
