import { runPolicyBench } from './policy-bench';

console.log(`ECQ Workbench benchmarks — node ${process.version}, ${new Date().toISOString()}`);
runPolicyBench();
