import { LEGAL_FORMS, SECTORS, SIGNAL_KINDS } from '../model/index.js';
import { toCents } from '../model/internal.js';
import { FLAG, type Facts } from './conditions.js';
import type { TriageInput } from './context.js';

/** A fresh, zeroed {@link Facts} record (one per compiled policy is reused across calls). */
export function emptyFacts(): Facts {
  return { amount: 0, matchAmount: 0, creditors: 1, kindBit: 0, sectorBit: 0, sectorsMask: 0, flags: 0, recidivismMonths: Infinity, age: Number.NaN, outcomeBit: 0, legalFormBit: 0 };
}

/**
 * Fill `f` with the facts of one input, in place. Missing context reads as: single, not
 * signalled before, no flags, unknown age and register outcome (which fail any condition on them).
 */
export function fillFacts(f: Facts, input: TriageInput, outcomeBits: ReadonlyMap<string, number>): Facts {
  const { signal, context } = input;
  const amount = toCents(signal.arrears.total);
  const sectorBit = 1 << SECTORS.indexOf(signal.creditor.sector);
  let flags = 0;
  if (signal.debtor.phone) flags |= FLAG.hasPhone;
  if (signal.debtor.email) flags |= FLAG.hasEmail;
  f.amount = amount;
  f.matchAmount = amount;
  f.creditors = 1;
  f.kindBit = 1 << SIGNAL_KINDS.indexOf(signal.kind);
  f.legalFormBit = 1 << LEGAL_FORMS.indexOf(signal.debtor.legalForm);
  f.sectorBit = sectorBit;
  f.sectorsMask = sectorBit;
  f.recidivismMonths = Infinity;
  f.age = Number.NaN;
  f.outcomeBit = 0;
  if (context !== undefined) {
    const match = context.match;
    if (match !== undefined && match.isMatch) {
      flags |= FLAG.match;
      f.creditors = match.creditorCount ?? 2;
      if (match.totalAmount !== undefined) f.matchAmount = toCents(match.totalAmount);
      const sectors = match.sectors;
      if (sectors !== undefined) for (let i = 0; i < sectors.length; i++) f.sectorsMask |= 1 << SECTORS.indexOf(sectors[i]!);
    }
    if (context.recidivismMonths != null) f.recidivismMonths = context.recidivismMonths;
    if (context.ageYears !== undefined) f.age = context.ageYears;
    if (context.registerOutcome !== undefined) f.outcomeBit = outcomeBits.get(context.registerOutcome) ?? 0;
    if (context.dragger === true) flags |= FLAG.dragger;
    if (context.update === true) flags |= FLAG.update;
    if (context.sameCreditorLastMonth === true) flags |= FLAG.sameCreditorLastMonth;
    if (context.knownAtDebtHelp === true) flags |= FLAG.knownAtDebtHelp;
    if (context.earlierContactFailed === true) flags |= FLAG.earlierContactFailed;
  }
  f.flags = flags;
  return f;
}
