import { z } from 'zod';
import { isRealDate } from '../model/internal.js';
import { SECTORS, SIGNAL_FIELD_LABELS, SIGNAL_KINDS, type Result, type Signal } from '../model/index.js';
import { safeParseWith } from '../model/internal.js';

/**
 * A parsed {@link Signal} as detection takes it, with the ids earlier steps found:
 * `personId` is the register id when matching found the resident (otherwise detection builds a
 * fuzzy identity from name, birth date and address); `householdId` overrides the household
 * detection derives from the address.
 * @category Detection
 */
export type DetectableSignal = Signal & {
  /** Register id of the resident, when register matching found one. */
  readonly personId?: string | undefined;
  /** Household id, when the caller knows it (otherwise: the normalised address). */
  readonly householdId?: string | undefined;
};

const EURO_RE = /^(0|[1-9]\d*)\.\d{2}$/;
const POSTCODE_RE = /^[1-9][0-9]{3}[A-Z]{2}$/;

/** The digit at position `i` of a string, or -1000 when it is not a digit (so any sum with it fails). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Whether a value is an ISO date `YYYY-MM-DD` of a real day (read by character codes: no allocation). */
function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  return isRealDate(year, digit(value, 5) * 10 + digit(value, 6), digit(value, 8) * 10 + digit(value, 9));
}

/** Whether a string matches {@link EURO_RE} (`0.50`, `1234.56`), by character codes. */
function isEuroText(s: string): boolean {
  const n = s.length;
  if (n < 4 || s.charCodeAt(n - 3) !== 46 || digit(s, n - 1) < 0 || digit(s, n - 2) < 0) return false;
  if (digit(s, 0) === 0 && n > 4) return false;
  for (let i = 0; i < n - 3; i++) if (digit(s, i) < 0) return false;
  return true;
}

/** Whether a string matches {@link POSTCODE_RE} (`1234AB`), by character codes. */
function isPostcodeText(s: string): boolean {
  if (s.length !== 6 || digit(s, 0) < 1 || digit(s, 1) < 0 || digit(s, 2) < 0 || digit(s, 3) < 0) return false;
  const a = s.charCodeAt(4);
  const b = s.charCodeAt(5);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

const IsoDay = z.string().refine(isIsoDay, { message: 'Expected a real date as YYYY-MM-DD' });
const OptionalId = z.string().min(1).optional();
const OptionalString = z.string().optional();
const OptionalNumber = z.number().int().nullable().optional();

/**
 * Schema of the fields detection reads from a {@link DetectableSignal} (as `parseSignal` outputs
 * them): it describes what is wrong with an input that {@link checkDetectable} rejects.
 * @category Detection
 */
export const DetectableSignalSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(SIGNAL_KINDS),
  creditor: z.object({ id: z.string().min(1), sector: z.enum(SECTORS) }),
  receivedDate: IsoDay,
  debtor: z.object({
    name: z.object({
      givenNames: OptionalString,
      initials: OptionalString,
      surnamePrefix: OptionalString,
      surname: OptionalString,
      fullName: OptionalString,
    }),
    birthDate: z.object({ year: OptionalNumber, month: OptionalNumber, day: OptionalNumber }).optional(),
  }),
  address: z.object({
    postcode: z.string().regex(POSTCODE_RE, { message: 'Expected a normalised postcode such as 1234AB' }),
    houseNumber: z.number().int().min(1).max(99999),
    houseLetter: OptionalString,
    houseNumberAddition: OptionalString,
  }),
  arrears: z.object({
    total: z.string().regex(EURO_RE, { message: 'Expected an amount in euros such as 1234.56' }),
    oldestDueDate: IsoDay.optional(),
  }),
  personId: OptionalId,
  householdId: OptionalId,
});

const LABELS: Readonly<Record<string, string>> = {
  ...SIGNAL_FIELD_LABELS,
  personId: 'persoons-ID (BRP)',
  householdId: 'huishoud-ID',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isOptionalId(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length > 0);
}

const KIND_SET: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);

/**
 * Fast structural check of the fields detection reads (the same rules as
 * {@link DetectableSignalSchema}), without allocating: the hot loop calls it for every input.
 * @category Detection
 */
export function isDetectable(input: unknown): input is DetectableSignal {
  if (!isObject(input)) return false;
  const s = input;
  const { creditor, debtor, address, arrears } = s;
  if (typeof s['id'] !== 'string' || s['id'] === '' || !KIND_SET.has(s['kind']) || !isIsoDay(s['receivedDate'])) return false;
  if (!isObject(creditor) || typeof creditor['id'] !== 'string' || creditor['id'] === '' || !SECTOR_SET.has(creditor['sector'])) return false;
  if (!isObject(debtor) || !isObject(debtor['name'])) return false;
  const name = debtor['name'];
  if (!isOptionalString(name['surname']) || !isOptionalString(name['fullName']) || !isOptionalString(name['initials'])) return false;
  if (!isOptionalString(name['givenNames']) || !isOptionalString(name['surnamePrefix'])) return false;
  if (debtor['birthDate'] !== undefined && !isObject(debtor['birthDate'])) return false;
  if (!isObject(address) || typeof address['postcode'] !== 'string' || !isPostcodeText(address['postcode'])) return false;
  const houseNumber = address['houseNumber'];
  if (typeof houseNumber !== 'number' || !Number.isInteger(houseNumber) || houseNumber < 1 || houseNumber > 99999) return false;
  if (!isOptionalString(address['houseLetter']) || !isOptionalString(address['houseNumberAddition'])) return false;
  if (!isObject(arrears) || typeof arrears['total'] !== 'string' || !isEuroText(arrears['total'])) return false;
  if (arrears['oldestDueDate'] !== undefined && !isIsoDay(arrears['oldestDueDate'])) return false;
  return isOptionalId(s['personId']) && isOptionalId(s['householdId']);
}

/**
 * Check one input of detection. Valid inputs pass a fast structural check (no copy is made);
 * for the others the zod schema names each problem with its field path, Dutch label and a
 * message that never repeats the value.
 * @example
 * checkDetectable({ id: 'S1' }) // { ok: false, issues: [{ field: 'kind', … }, …] }
 * @category Detection
 */
export function checkDetectable(input: unknown): Result<DetectableSignal> {
  if (isDetectable(input)) return { ok: true, value: input };
  const parsed = safeParseWith(DetectableSignalSchema, input, LABELS);
  if (parsed.ok) return { ok: true, value: input as DetectableSignal };
  return parsed;
}
