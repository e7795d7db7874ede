import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/pipeline/outputs.ts
function gateOutputs(verdict, published) {
  return {
    verdict: verdict.verdict,
    blocking: String(verdict.blocking),
    total: String(verdict.total),
    counts: JSON.stringify(verdict.counts),
    new: String(verdict.newCount),
    report: published.report ?? "",
    "sarif-dir": published.sarifDir ?? "",
    "comment-url": published.commentUrl ?? "",
    "sarif-ids": JSON.stringify(published.sarifIds)
  };
}
function writeOutputs(runner, outputs) {
  try {
    for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
  } catch (error) {
    runner.warning(`Step outputs not written (GITHUB_OUTPUT): ${error.message}`);
  }
}

export {
  gateOutputs,
  writeOutputs
};
