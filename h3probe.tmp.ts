import fc from 'fast-check';
import { value, text, SEED } from './test/fuzz/arbitraries.js';
import * as elig from './src/eligibility/index.js';
import * as matching from './src/matching/index.js';
import * as detection from './src/detection/index.js';
import * as triage from './src/triage/index.js';
import * as feedback from './src/feedback/index.js';
import * as replayM from './src/replay/index.js';
import { UsageError } from './src/model/index.js';
const targets: Record<string, (x: any) => unknown> = {
  parseArrearsCase: (x) => elig.parseArrearsCase(x),
  parseCreditorPolicy: (x) => elig.parseCreditorPolicy(x),
  parseRulebook: (x) => elig.parseRulebook(x),
  parseRegisterRecord: (x) => matching.parseRegisterRecord(x),
  normaliseName: (x) => matching.normaliseName(x),
  parseDetectionState: (x) => detection.parseDetectionState(x),
  detectIncrementalState: (x) => detection.detectIncremental([], { state: x }),
  parsePolicy: (x) => triage.parsePolicy(x),
  parseTriageInput: (x) => triage.parseTriageInput(x),
  parseIntakeList: (x) => triage.parseIntakeList(x),
  selectIntake: (x) => triage.selectIntake(x, { policy: { cadence: 'monthly' } } as any),
  selectIntakeEarlier: (x) => triage.selectIntake({ source: 'cak', entries: [] } as any, { earlier: [x], policy: { cadence: 'monthly' } } as any),
  parseEvent: (x) => feedback.parseEvent(x),
  deserialiseCase: (x) => feedback.deserialiseCase(x),
  reconcile: (x) => feedback.reconcile([], x, { at: '2025-05-05T10:00:00+02:00', actor: 'staff:7' }),
  parseSampleRecord: (x) => replayM.parseSampleRecord(x),
  readXxllncWorkbook: (x) => replayM.readXxllncWorkbook(x),
  readXxllncWorkbookArr: (x) => replayM.readXxllncWorkbook([x]),
  readXxllncWorkbookData: (x) => replayM.readXxllncWorkbook([{ sheet: 'Signalen', data: x }]),
  readXxllncWorkbookRows: (x) => replayM.readXxllncWorkbook([{ sheet: 'Signalen', data: [['Meldingnummer', 'Postcode'], x] }]),
  createPseudonymiser: (x) => replayM.createPseudonymiser({ key: x } as any),
  compilePolicy: (x) => triage.compilePolicy(x),
  importXxllncExport: (x) => replayM.importXxllncExport(x),
};
for (const [name, run] of Object.entries(targets)) {
  let throws = 0, usage = 0; let first = '';
  for (const x of fc.sample(fc.oneof(value, text), { seed: SEED, numRuns: 3000 })) {
    try { run(x); } catch (e) { if (e instanceof UsageError) usage++; else { throws++; first ||= String(e).slice(0, 150); } }
  }
  console.log(name.padEnd(24), 'throws', throws, 'usage', usage, first);
}
