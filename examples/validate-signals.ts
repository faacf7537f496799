/**
 * Example: a vendor's intake step validates incoming signals before anything else runs,
 * stores the normalised records and reports bad ones with field and reason (never the value).
 * Run: `npx tsx examples/validate-signals.ts`
 */
import { readFileSync } from 'node:fs';
import { parseSignals } from 'vroegsignalering/model';

const lines = readFileSync(new URL('./data/signals-mixed.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const inputs = lines.map((line): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined; // parseSignals reports it as an invalid record, in its place
  }
});
const results = parseSignals(inputs);

results.forEach((result, i) => {
  if (result.ok) {
    const { id, creditor, arrears, address } = result.value;
    console.log(`line ${i + 1}: ok  ${id} ${creditor.sector} €${arrears.total} ${address.postcode}`);
  } else {
    console.log(`line ${i + 1}: bad ${result.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
});

const valid = results.filter((r) => r.ok).length;
console.log(`${results.length} records, ${valid} valid, ${results.length - valid} invalid`);
if (results.length !== inputs.length) throw new Error('a batch must return one result per record');
if (valid !== 3) throw new Error(`expected 3 valid records in the sample, got ${valid}`);
