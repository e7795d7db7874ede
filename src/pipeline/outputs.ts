import type { RunnerIO } from '../github/runner.js';
import type { Verdict } from '../policy/types.js';

export interface PublishedOutputs {
  readonly report?: string;
  readonly sarifDir?: string;
  readonly commentUrl?: string;
  readonly sarifIds: readonly string[];
  /** Forwarding failed and `forward-failure: fail` asks the step to fail (after reporting the verdict). */
  readonly forwardingFailed?: boolean;
}

/** The action outputs (README "Outputs"), always all of them (empty strings when not applicable). */
export function gateOutputs(verdict: Verdict, published: PublishedOutputs): Record<string, string> {
  return {
    verdict: verdict.verdict,
    blocking: String(verdict.blocking),
    total: String(verdict.total),
    counts: JSON.stringify(verdict.counts),
    new: String(verdict.newCount),
    report: published.report ?? '',
    'sarif-dir': published.sarifDir ?? '',
    'comment-url': published.commentUrl ?? '',
    'sarif-ids': JSON.stringify(published.sarifIds),
  };
}

/** The verdict is already decided: an output file that cannot be written is a warning, not the step's result. */
export function writeOutputs(runner: RunnerIO, outputs: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
  } catch (error) {
    runner.warning(`Step outputs not written (GITHUB_OUTPUT): ${(error as Error).message}`);
  }
}
