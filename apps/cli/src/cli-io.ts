/**
 * Everything a command touches outside itself. `main.ts` wires it to the process; tests pass their own so a
 * command runs in-process with captured output, a chosen environment and a fixed clock.
 */
export interface TCliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative file arguments (`import case <file>`, `--out`) resolve against. */
  readonly cwd: string;
  /** The clock behind "today"; defaults to the system clock. */
  readonly now?: () => Date;
}

/** What the program learns while parsing that the error reporter needs afterwards. */
export interface TCliRun {
  /** True once a command that was given `--json` starts running: its errors are then reported as JSON too. */
  wantsJson: boolean;
  /** Set by a command that succeeded but must still exit non-zero (`ecq check` on a package with errors). */
  exitCode?: number;
}
