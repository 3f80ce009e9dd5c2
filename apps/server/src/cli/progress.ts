/** Progress lines on stderr, so a command's real output on stdout stays clean for pipes. */
export interface Progress {
  note(message: string): void;
  /** Starts a long step; call the result when it is done to print how long it took. */
  step(message: string): (result?: string) => void;
}

export function createProgress(
  write: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): Progress {
  return {
    note: (message) => write(`  ${message}`),
    step(message) {
      const started = performance.now();
      write(`… ${message}`);
      return (result) => {
        const ms = Math.round(performance.now() - started);
        write(`✓ ${message}${result ? `: ${result}` : ''} (${ms} ms)`);
      };
    },
  };
}
