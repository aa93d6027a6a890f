import { runHttpBench } from './http-bench';
import { runNarrativeBench } from './narrative-bench';
import { runPolicyBench } from './policy-bench';
import { runQrbBench } from './qrb-bench';
import { runWebBench } from './web-bench';

/** The benchmarks by name: `npm run bench` runs them all in this order, `npm run bench -- narrative` one. */
const BENCHES = {
  policy: async () => runPolicyBench(),
  narrative: runNarrativeBench,
  http: runHttpBench,
  web: runWebBench,
  qrb: runQrbBench,
} as const;

type TBenchName = keyof typeof BENCHES;
const isBenchName = (name: string): name is TBenchName => Object.hasOwn(BENCHES, name);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isBenchName(name));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const selected = asked.length === 0 ? (Object.keys(BENCHES) as TBenchName[]) : asked.filter(isBenchName);

console.log(`ECQ Workbench benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const name of selected) await BENCHES[name]();
