import { z } from 'zod';
import { formatBirthDate, type BatchItem, type BirthDate, type Result } from '../model/index.js';
import { BirthDateField, BsnField, fieldSchema, houseLetterReader, houseNumberAdditionReader, HouseNumberField, idReader, IsoDateField, optionalField, OptionalText, PostcodeField, safeParseWith, splitHouseNumberField, YesNoField } from '../model/internal.js';

/**
 * Reasons for suspending a registration (`opschortingBijhouding.reden`, BRP-API):
 * **O** deceased, **E** emigrated, **M** ministerial decision, **R** registered as non-resident (RNI),
 * **F** registration in error, **.** unknown.
 */
export const SUSPENSION_REASONS = ['O', 'E', 'M', 'R', 'F', '.'] as const;
/** A suspension reason code. @category Register */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Haal Centraal code field: either the code itself or `{ code, omschrijving }`. */
function codeField<const T extends readonly [string, ...string[]]>(codes: T) {
  return z.preprocess((v) => (isRecord(v) ? v['code'] : v === '' || v === null ? undefined : v), z.enum(codes).optional());
}

/** A part of a date object (`year`, `maand`, …) for the register's compact text form: NaN when it cannot be one. */
function datePart(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : Number.NaN;
}

/**
 * The text form of a register date written as an object, so that every form goes through the
 * model's one birth-date reader: `{ year, month, day }` (the model's own shape),
 * Haal Centraal's `{ type, datum }`, `{ type: 'JaarMaandDatum', jaar, maand }`, `{ type: 'JaarDatum', jaar }`
 * and `{ type: 'DatumOnbekend' }`. Other values are passed on for the reader to judge.
 */
function dateText(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if ('year' in value || 'month' in value || 'day' in value) {
    return formatBirthDate({ year: datePart(value['year']), month: datePart(value['month']), day: datePart(value['day']), placeholder: false });
  }
  if (typeof value['datum'] === 'string') return value['datum'];
  if (value['type'] === 'DatumOnbekend') return '00000000';
  if ('jaar' in value) return formatBirthDate({ year: datePart(value['jaar']), month: datePart(value['maand']), day: null, placeholder: false });
  return value;
}

const UNKNOWN_BIRTH_DATE: BirthDate = Object.freeze({ year: null, month: null, day: null, placeholder: false });

const RegisterBirthDate = z.preprocess(dateText, optionalField(BirthDateField)).transform((d): BirthDate => d ?? UNKNOWN_BIRTH_DATE);
const RegisterDate = z.preprocess(dateText, optionalField(IsoDateField));

const SurnameFields = {
  voornamen: OptionalText,
  voorletters: OptionalText,
  voorvoegsel: OptionalText,
  geslachtsnaam: OptionalText,
};

const NameSchema = z.object({
  ...SurnameFields,
  aanduidingNaamgebruik: codeField(['E', 'P', 'V', 'N']).transform((c) => c ?? 'E'),
});

const AddressFields = {
  postcode: optionalField(PostcodeField),
  huisnummer: optionalField(HouseNumberField),
  huisletter: optionalField(fieldSchema(houseLetterReader)),
  huisnummertoevoeging: optionalField(fieldSchema(houseNumberAdditionReader)),
  straat: OptionalText,
  woonplaats: OptionalText,
};

/**
 * A residence as Haal Centraal nests it (`verblijfadres`) or flat, with a house number written
 * with its letter or addition (`12A`) split by the model's house-number reading.
 */
function flatResidence(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const nested = isRecord(raw['verblijfadres']) ? raw['verblijfadres'] : {};
  const pick = (key: string): unknown => nested[key] ?? raw[key];
  const split = splitHouseNumberField({ houseNumber: pick('huisnummer'), houseLetter: pick('huisletter'), houseNumberAddition: pick('huisnummertoevoeging') });
  return {
    ...raw,
    postcode: pick('postcode'),
    huisnummer: split['houseNumber'],
    huisletter: split['houseLetter'],
    huisnummertoevoeging: split['houseNumberAddition'],
    straat: nested['officieleStraatnaam'] ?? pick('straat'),
    woonplaats: pick('woonplaats'),
  };
}

const ResidenceSchema = z.preprocess(
  flatResidence,
  z.object({
    ...AddressFields,
    functieAdres: codeField(['W', 'B']).transform((c) => c ?? 'W'),
    indicatieVastgesteldVerblijftNietOpAdres: optionalField(YesNoField).transform((v) => v ?? false),
    adresseerbaarObjectIdentificatie: OptionalText,
  }),
);

const IdField = fieldSchema(idReader);

const RegisterRecordSchema = z
  .object({
    id: optionalField(IdField),
    burgerservicenummer: optionalField(BsnField),
    naam: NameSchema,
    partners: z.array(z.object({ naam: z.object(SurnameFields) })).default([]),
    geboorte: z.object({ datum: RegisterBirthDate }).default({ datum: UNKNOWN_BIRTH_DATE }),
    verblijfplaats: ResidenceSchema.optional(),
    overlijden: z.object({ datum: RegisterDate }).optional(),
    opschortingBijhouding: z.object({ reden: codeField(SUSPENSION_REASONS), datum: RegisterDate }).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.id === undefined && r.burgerservicenummer === undefined) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'Give an id or a burgerservicenummer', params: { code: 'missing_id' } });
    }
  })
  .transform(({ burgerservicenummer, id, ...rest }) => ({ id: (id ?? burgerservicenummer)!, ...rest }));

/** The input form of a register record (what {@link parseRegisterRecord} accepts). @category Register */
export type RegisterRecordInput = z.input<typeof RegisterRecordSchema>;

/**
 * A parsed register record: the fields of the Haal Centraal BRP bevragen API that matching
 * uses, with every postcode, house number, date and birth date read by the model's readers.
 * @category Register
 */
export type RegisterRecord = z.output<typeof RegisterRecordSchema>;

/** Dutch labels of the register fields, for error messages. */
const REGISTER_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'id',
  burgerservicenummer: 'burgerservicenummer',
  naam: 'naam',
  'naam.geslachtsnaam': 'geslachtsnaam',
  'naam.aanduidingNaamgebruik': 'aanduiding naamgebruik',
  'geboorte.datum': 'geboortedatum',
  'verblijfplaats.postcode': 'postcode',
  'verblijfplaats.huisnummer': 'huisnummer',
  'verblijfplaats.huisletter': 'huisletter',
  'verblijfplaats.huisnummertoevoeging': 'huisnummertoevoeging',
  'verblijfplaats.functieAdres': 'functie adres',
  'overlijden.datum': 'datum overlijden',
  'opschortingBijhouding.reden': 'reden opschorting bijhouding',
  'opschortingBijhouding.datum': 'datum opschorting bijhouding',
};

/**
 * Parse one register record as the Haal Centraal BRP bevragen API gives it (DOMAIN.md §2): name
 * parts with the name-use code (also as `{ code }` objects), partners' names, birth date (also the
 * incomplete forms `YYYYMM00`, `YYYY0000`, `00000000` and date objects), residence (flat or in
 * `verblijfadres`), date of death and suspension. Postcode, house number, letter, addition, dates
 * and BSN are read by the model's readers, as in a signal. Never throws; issues name the field and
 * never repeat its value.
 * @example
 * parseRegisterRecord({ burgerservicenummer: '999990019', naam: { geslachtsnaam: 'Berg', voorvoegsel: 'van den' },
 *   geboorte: { datum: '19850600' }, verblijfplaats: { postcode: '1234AB', huisnummer: 12 } })
 * @category Register
 */
export function parseRegisterRecord(input: unknown): Result<RegisterRecord> {
  return safeParseWith(RegisterRecordSchema, input, REGISTER_FIELD_LABELS);
}

/**
 * Parse a register extract: exactly one item per input, in order, with its position. Never throws.
 * @example
 * const records = parseRegisterRecords(rows).flatMap((r) => (r.ok ? [r.value] : []));
 * @category Register
 */
export function parseRegisterRecords(inputs: readonly unknown[]): BatchItem<RegisterRecord>[] {
  const out = new Array<BatchItem<RegisterRecord>>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const r = parseRegisterRecord(inputs[index]);
    out[index] = r.ok ? { index, ok: true, value: r.value } : { index, ok: false, issues: r.issues };
  }
  return out;
}
