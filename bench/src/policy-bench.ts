import {
  BUILT_IN_PACKS,
  ECQ_2006_TO_2025,
  ECQ_2025_PACK,
  exportCrosswalkToCase,
  exportPackToCase,
  importCasePackage,
  policyFor,
  serializeCasePackage,
  validateCasePackage,
} from '@ecq/core';
import { generateCasePackage } from '@ecq/core/testing';
import { printTimings, rate, time } from './measure';

/**
 * Foundation benchmarks: CASE export of ecq-2025 and of the 2006→2025 crosswalk, import and validation of a
 * generated 5,000-item CFPackage (target under 200 ms), and policyFor calls per second.
 */
export function runPolicyBench(): void {
  const exports = [
    time('export ecq-2025 (CASE 1.1, object)', () => exportPackToCase(ECQ_2025_PACK)),
    time('export ecq-2025 (CASE 1.1, serialized)', () => serializeCasePackage(exportPackToCase(ECQ_2025_PACK))),
    time('export crosswalk 2006→2025 (serialized)', () => serializeCasePackage(exportCrosswalkToCase(ECQ_2006_TO_2025))),
  ];
  printTimings('CASE export', exports);

  const big = generateCasePackage({ ecqs: 100, subsPerEcq: 49 });
  const text = serializeCasePackage(big);
  const items = big.CFItems?.length ?? 0;
  const imports = [
    time(`validate ${items}-item package (parsed)`, () => validateCasePackage(big), { runs: 10 }),
    time(`import ${items}-item package (parsed)`, () => importCasePackage(big, { packs: BUILT_IN_PACKS }), { runs: 10 }),
    time(`import ${items}-item package (JSON text, ${(text.length / 1e6).toFixed(1)} MB)`, () => importCasePackage(text), { runs: 10 }),
  ];
  const worst = Math.max(...imports.map((t) => t.medianMs));
  printTimings('CASE import + validate', imports, [`target: under 200 ms; slowest median ${worst.toFixed(1)} ms`]);

  const dates = ['2006-10-01', '2025-06-30', '2025-07-01', '2025-09-30', '2025-10-01', '2026-11-22'];
  const processes = ['hiring', 'appraisal', 'development'] as const;
  let i = 0;
  const perSecond = rate(() => {
    policyFor({ process: processes[i % 3]!, on: dates[i % dates.length]! });
    i++;
  });
  console.log(`\n## policyFor\n${Math.round(perSecond).toLocaleString('en-US')} calls/s`);
}
