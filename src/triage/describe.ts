import { SECTORS, type Euro, type LocalizedText, type Sector, type SignalKind } from '../model/index.js';
import { fromCents, text } from '../model/internal.js';
import { KIND_NAMES_NL, LEGAL_FORM_NAMES_NL, SECTOR_NAMES_NL } from './vocabulary.js';
import { FLAG, type Facts, type FlagKey } from './conditions.js';
import type { TriageInput } from './context.js';
import type { Conditions, Policy } from './policy-shape.js';

/** A value shown in an explanation. */
export type Observed = string | number | boolean | null;

type Range<T> = { atLeast?: T; above?: T; atMost?: T; below?: T };

/** A range's bounds in words, e.g. `at least €250.00 and at most €500.00`. */
export function rangeText<T>(r: Range<T>, show: (v: T) => string): LocalizedText {
  const nl: string[] = [];
  const en: string[] = [];
  if (r.atLeast !== undefined) nl.push(`minimaal ${show(r.atLeast)}`), en.push(`at least ${show(r.atLeast)}`);
  if (r.above !== undefined) nl.push(`hoger dan ${show(r.above)}`), en.push(`above ${show(r.above)}`);
  if (r.atMost !== undefined) nl.push(`maximaal ${show(r.atMost)}`), en.push(`at most ${show(r.atMost)}`);
  if (r.below !== undefined) nl.push(`lager dan ${show(r.below)}`), en.push(`below ${show(r.below)}`);
  return text(nl.join(' en '), en.join(' and '));
}

const euro = (v: Euro): string => `€${v}`;
const list = (items: readonly string[]): string => items.join(', ');
const sectorsNl = (items: readonly Sector[]): string => list(items.map((s) => SECTOR_NAMES_NL[s]));
const kindsNl = (items: readonly SignalKind[]): string => list(items.map((k) => KIND_NAMES_NL[k]));
const yesNo = (v: boolean, nl: [string, string], en: [string, string]): LocalizedText => text(v ? nl[0] : nl[1], v ? en[0] : en[1]);

const FLAG_TEXT: Readonly<Record<FlagKey, { nl: [string, string]; en: [string, string] }>> = {
  match: { nl: ['match (meerdere signaalpartners)', 'enkelvoudig signaal'], en: ['match (several creditors)', 'single signal'] },
  dragger: { nl: ['sleper', 'geen sleper'], en: ['dragger', 'not a dragger'] },
  update: { nl: ['geüpdatet signaal', 'nieuw signaal'], en: ['updated signal', 'new signal'] },
  sameCreditorLastMonth: { nl: ['zelfde signaalpartner vorige maand ook', 'niet dezelfde signaalpartner vorige maand'], en: ['same creditor last month too', 'not the same creditor last month'] },
  knownAtDebtHelp: { nl: ['bekend bij schuldhulpverlening', 'niet bekend bij schuldhulpverlening'], en: ['known at debt help', 'not known at debt help'] },
  earlierContactFailed: { nl: ['eerder contact mislukt', 'geen mislukt eerder contact'], en: ['earlier contact failed', 'no failed earlier contact'] },
  hasPhone: { nl: ['telefoonnummer bekend', 'geen telefoonnummer'], en: ['phone number known', 'no phone number'] },
  hasEmail: { nl: ['e-mailadres bekend', 'geen e-mailadres'], en: ['e-mail address known', 'no e-mail address'] },
};

/** What a condition of a rule asks for, in Dutch and English. */
export function describeCondition(key: keyof Conditions, when: Conditions, policy: Policy): LocalizedText {
  switch (key) {
    case 'amount': {
      const r = rangeText(when.amount!, euro);
      return when.amount!.of === 'match-total' ? text(`bedrag (totaal over de match) ${r.nl}`, `amount (summed over the match) ${r.en}`) : text(`bedrag ${r.nl}`, `amount ${r.en}`);
    }
    case 'sector':
      return text(`signaalpartner is ${sectorsNl(when.sector!)}`, `creditor sector is ${list(when.sector!)}`);
    case 'sectors': {
      const s = when.sectors!;
      const nl = [s.anyOf ? `met ${sectorsNl(s.anyOf)}` : '', s.noneOf ? `zonder ${sectorsNl(s.noneOf)}` : ''].filter(Boolean).join(' en ');
      const en = [s.anyOf ? `including ${list(s.anyOf)}` : '', s.noneOf ? `without ${list(s.noneOf)}` : ''].filter(Boolean).join(' and ');
      return text(`signaalpartners van de inwoner ${nl}`, `creditors of the resident ${en}`);
    }
    case 'creditors': {
      const r = rangeText(when.creditors!, String);
      return text(`aantal signaalpartners ${r.nl}`, `number of creditors ${r.en}`);
    }
    case 'recidivism': {
      const { withinMonths: n, present } = when.recidivism!;
      return yesNo(present, [`recidive in de afgelopen ${n} maanden`, `geen recidive in de afgelopen ${n} maanden`], [`signalled before within ${n} months`, `not signalled before within ${n} months`]);
    }
    case 'age': {
      const r = rangeText(when.age!, (v) => `${v} jaar`);
      return text(`leeftijd ${r.nl}`, `age ${r.en.replace(/jaar/g, 'years')}`);
    }
    case 'kind':
      return text(`soort signaal is ${kindsNl(when.kind!)}`, `signal kind is ${list(when.kind!)}`);
    case 'crisis':
      return yesNo(when.crisis!, [`crisissignaal (${kindsNl(policy.crisisKinds)})`, 'geen crisissignaal'], [`crisis signal (${list(policy.crisisKinds)})`, 'not a crisis signal']);
    case 'legalForm': {
      const { in: inForms, notIn } = when.legalForm!;
      const nl = [inForms ? `is ${list(inForms.map((f) => LEGAL_FORM_NAMES_NL[f]))}` : '', notIn ? `is niet ${list(notIn.map((f) => LEGAL_FORM_NAMES_NL[f]))}` : ''].filter(Boolean).join(' en ');
      const en = [inForms ? `is ${list(inForms)}` : '', notIn ? `is not ${list(notIn)}` : ''].filter(Boolean).join(' and ');
      return text(`rechtsvorm ${nl}`, `legal form ${en}`);
    }
    case 'registerOutcome':
      return text(`uitkomst BRP-controle is ${list(when.registerOutcome!)}`, `register check outcome is ${list(when.registerOutcome!)}`);
    default: {
      const t = FLAG_TEXT[key];
      return yesNo(when[key]!, t.nl, t.en);
    }
  }
}

function sectorsOf(mask: number): string {
  return SECTORS.filter((_, i) => (mask & (1 << i)) !== 0).join(', ');
}

/** The value a condition saw for one input. */
export function observedValue(key: keyof Conditions, when: Conditions, f: Facts, input: TriageInput): Observed {
  switch (key) {
    case 'amount':
      return fromCents(when.amount!.of === 'match-total' ? f.matchAmount : f.amount);
    case 'sector':
      return input.signal.creditor.sector;
    case 'sectors':
      return sectorsOf(f.sectorsMask);
    case 'creditors':
      return f.creditors;
    case 'recidivism':
      return Number.isFinite(f.recidivismMonths) ? f.recidivismMonths : null;
    case 'age':
      return Number.isNaN(f.age) ? null : f.age;
    case 'kind':
    case 'crisis':
      return input.signal.kind;
    case 'legalForm':
      return input.signal.debtor.legalForm;
    case 'registerOutcome':
      return input.context?.registerOutcome ?? null;
    default:
      return (f.flags & FLAG[key]) !== 0;
  }
}
