/**
 * Pseudonymise signals before a sample leaves the municipality: identifiers become keyed
 * hashes (HMAC-SHA-256 under a secret key that stays with the municipality), the birth date
 * becomes a year or an age band, the postcode its four digits, names and contact details go.
 * @module
 */
import { z } from 'zod';
import { type Signal } from '../model/index.js';
import { parseOrThrow } from '../model/internal.js';
import { daysBetween, type IsoDate } from '../model/index.js';
import { ageBandOf } from './age-bands.js';
import type { SampleRecordInput } from './sample-schema.js';
import { hmacSha256, toHex } from '../model/internal.js';

const encoder = new TextEncoder();

/** Options of {@link createPseudonymiser}. @category Pseudonymisation */
export interface PseudonymiserOptions {
  /**
   * The secret key: at least 16 bytes that are not whitespace or NUL, with at least 10 different
   * values among them (a key of spaces, NULs or one repeated character is refused); keep it,
   * never share it with the sample.
   */
  readonly key: string;
  /** Keep the birth `year` (default) or only the `age-band` on `asOf`. */
  readonly birth?: 'year' | 'age-band';
  /** The date ages are computed on (required for `age-band`). */
  readonly asOf?: IsoDate;
  /** Hex characters kept of each hash (default 20, i.e. 80 bits: no collisions in practice). */
  readonly length?: number;
}

/** What a key needs: bytes that are not whitespace or NUL, and different byte values among them. */
const KEY_MIN_BYTES = 16;
const KEY_MIN_DISTINCT = 10;
const KEY_REQUIREMENT =
  `The key is too weak: it needs at least ${KEY_MIN_BYTES} bytes that are not whitespace or NUL, with at least ${KEY_MIN_DISTINCT} different values among them ` +
  '(e.g. 32 random hex characters, or a long passphrase)';

/**
 * Whether a key is strong enough: at least 16 bytes (UTF-8) that are not whitespace or NUL,
 * taking at least 10 different byte values. Refuses what an accident produces — 16 spaces or
 * NULs, one character repeated, a short pattern repeated (`abab…`, `1234512345…`) — while
 * practically every key of 16 random letters and digits, a 32-character hex key or a passphrase pass.
 */
function strongKey(key: string): boolean {
  // ASCII controls, NUL and space (0x00–0x20) do not count; a non-breaking space is two repeated bytes.
  const bytes = encoder.encode(key).filter((b) => b > 0x20);
  return bytes.length >= KEY_MIN_BYTES && new Set(bytes).size >= KEY_MIN_DISTINCT;
}

const OptionsSchema = z
  .object({
    key: z.string().refine(strongKey, { message: KEY_REQUIREMENT }),
    birth: z.enum(['year', 'age-band']).default('year'),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date as YYYY-MM-DD' }).optional(),
    length: z.number().int().min(12).max(64).default(20),
  })
  .refine((o) => o.birth !== 'age-band' || o.asOf !== undefined, { message: 'Give asOf to compute age bands', path: ['asOf'] });

/** A pseudonymiser bound to one key. @category Pseudonymisation */
export interface Pseudonymiser {
  /** Keyed hash of an identifier within a domain (`person`, `household`, `signal`, …): same input, same token. */
  token(value: string, domain: string): string;
  /** A signal as a pseudonymised sample record, with outcome and screening facts added by the caller. */
  signal(signal: Signal, extra?: Pick<SampleRecordInput, 'outcome' | 'knownAtDebtHelp' | 'crisis'>): SampleRecordInput;
}

/** Lower-case letters and digits only, diacritics removed: the exact key of a name part. */
function plain(value: string | null | undefined): string {
  return (value ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The household key of a signal: postcode, house number, letter and addition. */
function householdOf(signal: Signal): string {
  const a = signal.address;
  return `${a.postcode}|${a.houseNumber}|${a.houseLetter ?? ''}|${plain(a.houseNumberAddition)}`;
}

/**
 * The person key of a signal: the BSN when the signal has one, else surname (prefix included),
 * first initial and birth date, normalised. Exact by design: run register matching first and
 * key on the register's person id when names vary.
 */
function personOf(signal: Signal): string {
  const d = signal.debtor;
  if (d.bsn) return `bsn:${d.bsn}`;
  const n = d.name;
  const surname = plain(`${n.surnamePrefix ?? ''}${n.surname ?? n.fullName ?? ''}`);
  const initial = plain(n.initials ?? n.givenNames ?? '').slice(0, 1);
  const b = d.birthDate;
  return `name:${surname}|${initial}|${b?.year ?? ''}-${b?.month ?? ''}-${b?.day ?? ''}`;
}

/**
 * Create a pseudonymiser. Tokens are HMAC-SHA-256 under your key (synchronous, no Node
 * built-ins), so the same person gets the same token in every month's sample, and nobody
 * without the key can recompute them from a BSN or name. Throws `UsageError` for a weak key
 * (see {@link PseudonymiserOptions.key}) or inconsistent options.
 * @example
 * const p = createPseudonymiser({ key: 'a long secret kept by the municipality' });
 * const record = p.signal(signal, { outcome: { attempts: '2023-03-05 phone yes' } });
 * // record.person is a token, record.address.postcode has four digits, no name, no phone
 * @category Pseudonymisation
 */
export function createPseudonymiser(options: PseudonymiserOptions): Pseudonymiser {
  const o = parseOrThrow(OptionsSchema, options, 'pseudonymiser options');
  const key = encoder.encode(o.key);
  const token = (value: string, domain: string): string =>
    toHex(hmacSha256(key, encoder.encode(`${domain}\u0000${value}`))).slice(0, o.length);
  const birthOf = (signal: Signal): Pick<NonNullable<SampleRecordInput['debtor']>, 'birthDate' | 'ageBand'> => {
    const year = signal.debtor.birthDate?.year;
    if (year === null || year === undefined) return {};
    if (o.birth === 'year') return { birthDate: String(year) };
    // Age on asOf from the year alone (mid-year): at most a year off, which a band absorbs.
    const age = Math.floor(daysBetween(`${year}-07-01`, o.asOf!) / 365.25);
    return { ageBand: ageBandOf(age) };
  };
  return {
    token,
    signal: (signal, extra = {}) => ({
      id: token(signal.id, 'signal'),
      kind: signal.kind,
      creditor: { id: signal.creditor.id, ...(signal.creditor.name ? { name: signal.creditor.name } : {}), sector: signal.creditor.sector },
      receivedDate: signal.receivedDate,
      household: token(householdOf(signal), 'household'),
      person: token(personOf(signal), 'person'),
      debtor: {
        ...birthOf(signal),
        legalForm: signal.debtor.legalForm,
        hasPhone: signal.debtor.phone !== undefined,
        hasEmail: signal.debtor.email !== undefined,
      },
      address: { postcode: signal.address.postcode.slice(0, 4) },
      arrears: {
        total: signal.arrears.total,
        ...(signal.arrears.termAmount ? { termAmount: signal.arrears.termAmount } : {}),
        ...(signal.arrears.unpaidTerms !== undefined ? { unpaidTerms: signal.arrears.unpaidTerms } : {}),
        ...(signal.arrears.oldestDueDate ? { oldestDueDate: signal.arrears.oldestDueDate } : {}),
        ...(signal.arrears.newestDueDate ? { newestDueDate: signal.arrears.newestDueDate } : {}),
      },
      ...extra,
    }),
  };
}
