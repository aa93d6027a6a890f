import { performance } from 'node:perf_hooks';

export interface TTiming {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
}

/** Runs `fn` a few times to warm up, then `runs` times, and reports median, p95 and minimum in ms. */
export function time(name: string, fn: () => unknown, options: { runs?: number; warmup?: number } = {}): TTiming {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: samples[0]! };
}

/** Calls per second of a cheap function, measured over about `ms` milliseconds. */
export function rate(fn: () => unknown, ms = 1000): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
  }
  return calls / ((performance.now() - start) / 1000);
}

export function printTimings(title: string, timings: readonly TTiming[], notes: readonly string[] = []): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...timings.map((t) => t.name.length));
  for (const t of timings) {
    console.log(
      `${t.name.padEnd(width)}  median ${t.medianMs.toFixed(2).padStart(8)} ms  p95 ${t.p95Ms.toFixed(2).padStart(8)} ms  min ${t.minMs.toFixed(2).padStart(8)} ms  (${t.runs} runs)`,
    );
  }
  for (const note of notes) console.log(note);
}

/** {@link time} for asynchronous work: each run awaited before the next starts. */
export async function timeAsync(
  name: string,
  fn: () => Promise<unknown>,
  options: { runs?: number; warmup?: number } = {},
): Promise<TTiming> {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: samples[0]! };
}
