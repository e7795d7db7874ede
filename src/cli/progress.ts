/** Where progress goes: stderr (stdout is the report). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** Prints one line (above the spinner in a terminal) and makes it the current activity. */
  line(text: string): void;
  /** Ends the spinner; later lines print plainly. */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Progress for long work (installs, scans). In a terminal: a spinner line with the elapsed time and the
 * current activity, redrawn in place. Elsewhere (CI logs, pipes): plain lines, plus a "still working"
 * line every `heartbeatMs` so a silent minute is not mistaken for a hang.
 */
export function startProgress(opts: {
  stream: ProgressStream;
  now?: () => number;
  heartbeatMs?: number;
  spinnerMs?: number;
  /** Whether the stream is a terminal, when it cannot tell itself (a worker thread's stderr is a pipe). */
  tty?: boolean;
}): Progress {
  const now = opts.now ?? Date.now;
  const started = now();
  const tty = opts.tty ?? opts.stream.isTTY === true;
  let current = 'starting';
  let frame = 0;
  const clear = () => (tty ? opts.stream.write('\r\x1b[K') : undefined);
  const draw = () => {
    frame = (frame + 1) % FRAMES.length;
    opts.stream.write(`\r\x1b[K${FRAMES[frame]} ${formatElapsed(now() - started)} · ${current}`);
  };
  const beat = () => opts.stream.write(`… still working (${formatElapsed(now() - started)}): ${current}\n`);
  const timer = tty ? setInterval(draw, opts.spinnerMs ?? 100) : setInterval(beat, opts.heartbeatMs ?? 60_000);
  // Progress must never keep the process alive.
  timer.unref();
  let stopped = false;
  return {
    line(text) {
      if (!stopped) clear();
      opts.stream.write(`${text}\n`);
      current = text.split('\n')[0] ?? text;
      if (!stopped && tty) draw();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      clear();
    },
  };
}
