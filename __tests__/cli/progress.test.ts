import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatElapsed, startProgress } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, write: (t: string) => out.push(t) } };
}

describe('CLI progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('formats elapsed time as seconds, then minutes and seconds', () => {
    expect(formatElapsed(4_900)).toBe('4s');
    expect(formatElapsed(95_000)).toBe('1m35s');
  });

  it('outside a terminal (CI, pipes): plain lines and a periodic "still working" line with elapsed time', () => {
    let clock = 0;
    const { out, s } = stream(false);
    const p = startProgress({ stream: s, now: () => clock, heartbeatMs: 60_000 });
    p.line('Running trivy…');
    clock = 60_000;
    vi.advanceTimersByTime(60_000);
    p.stop();
    expect(out).toEqual(['Running trivy…\n', '… still working (1m00s): Running trivy…\n']);
    expect(out.join('')).not.toContain('\r');
    expect(out.join('')).not.toContain('\x1b');
  });

  it('in a terminal: a spinner line with elapsed time and the current activity, cleared when done', () => {
    let clock = 0;
    const { out, s } = stream(true);
    const p = startProgress({ stream: s, now: () => clock, spinnerMs: 100 });
    p.line('Installing trivy…');
    clock = 12_000;
    vi.advanceTimersByTime(100);
    expect(out.at(-1)?.startsWith('\r\x1b[K')).toBe(true);
    expect(out.at(-1)?.endsWith(' 12s · Installing trivy…')).toBe(true);
    p.stop();
    expect(out.at(-1)).toBe('\r\x1b[K');
    const before = out.length;
    vi.advanceTimersByTime(1000);
    expect(out.length).toBe(before);
  });
});
