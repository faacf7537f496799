import { z } from 'zod';
import { parseBirthDate, type BirthDate, type Result } from '../model/index.js';
import { OptionalText, safeParseWith } from '../model/internal.js';

/** A Haal Centraal code field: either the code itself or `{ code, omschrijving }`. */
function codeField<const T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .union([z.enum(codes), z.object({ code: z.enum(codes) }).transform((c) => c.code)])
    .optional();
}

/**
 * Reasons for suspending a registration (`opschortingBijhouding.reden`, BRP-API):
 * **O** deceased, **E** emigrated, **M** ministerial decision, **R** registered as non-resident (RNI),
 * **F** registration in error, **.** unknown.
 * @category Register
 */
export const SUSPENSION_REASONS = ['O', 'E', 'M', 'R', 'F', '.'] as const;
/** A suspension reason code. @category Register */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

const RegisterBirthDate = z
  .union([
    z.string(),
    z.object({ year: z.number().nullable(), month: z.number().nullable(), day: z.number().nullable(), placeholder: z.boolean().optional() }),
    z.object({ datum: z.string().optional(), jaar: z.number().optional(), maand: z.number().optional() }),
  ])
  .optional()
  .transform((value, ctx): BirthDate => {
    const unknown: BirthDate = { year: null, month: null, day: null, placeholder: false };
    if (value === undefined) return unknown;
    let parsed: BirthDate | null;
    if (typeof value === 'string') parsed = parseBirthDate(value);
    else if ('year' in value) parsed = { year: value.year, month: value.month, day: value.day, placeholder: value.month === 1 && value.day === 1 };
    else if (value.datum !== undefined) parsed = parseBirthDate(value.datum);
    else parsed = parseBirthDate(value.jaar === undefined ? '' : `${value.jaar}${String(value.maand ?? 0).padStart(2, '0')}00`);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'Expected a birth date as YYYYMMDD (00 for unknown parts) or YYYY-MM-DD', params: { code: 'invalid_birth_date' } });
      return z.NEVER;
    }
    return parsed;
  });

const NameSchema = z.object({
  voornamen: OptionalText,
  voorletters: OptionalText,
  voorvoegsel: OptionalText,
  geslachtsnaam: OptionalText,
  aanduidingNaamgebruik: codeField(['E', 'P', 'V', 'N']).transform((c) => c ?? 'E'),
});

const AddressFields = {
  postcode: OptionalText,
  huisnummer: z.union([z.number().int(), z.string()]).optional(),
  huisletter: OptionalText,
  huisnummertoevoeging: OptionalText,
  straat: OptionalText,
  woonplaats: OptionalText,
};

const ResidenceSchema = z
  .object({
    ...AddressFields,
    verblijfadres: z.object({ ...AddressFields, officieleStraatnaam: OptionalText }).optional(),
    functieAdres: codeField(['W', 'B']),
    indicatieVastgesteldVerblijftNietOpAdres: z.boolean().optional(),
    adresseerbaarObjectIdentificatie: OptionalText,
  })
  .transform(({ verblijfadres, ...r }) => ({
    postcode: verblijfadres?.postcode ?? r.postcode,
    huisnummer: verblijfadres?.huisnummer ?? r.huisnummer,
    huisletter: verblijfadres?.huisletter ?? r.huisletter,
    huisnummertoevoeging: verblijfadres?.huisnummertoevoeging ?? r.huisnummertoevoeging,
    straat: verblijfadres?.officieleStraatnaam ?? verblijfadres?.straat ?? r.straat,
    woonplaats: verblijfadres?.woonplaats ?? r.woonplaats,
    functieAdres: r.functieAdres ?? 'W',
    indicatieVastgesteldVerblijftNietOpAdres: r.indicatieVastgesteldVerblijftNietOpAdres ?? false,
    adresseerbaarObjectIdentificatie: r.adresseerbaarObjectIdentificatie,
  }));

/**
 * One person in a register extract, with the fields of the Haal Centraal BRP bevragen API
 * (DOMAIN.md §2): name parts with the name-use code, partners' names, birth date (also the
 * incomplete forms `YYYYMM00`, `YYYY0000`, `00000000`), residence address with `functieAdres`,
 * date of death and suspension of registration. Accepts the API's nested code objects
 * (`{ code: 'E' }`) and `verblijfadres`, or flat fields; outputs a {@link RegisterRecord}.
 * @category Register
 */
export const RegisterRecordSchema = z
  .object({
    id: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
    burgerservicenummer: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
    naam: NameSchema,
    partners: z.array(z.object({ naam: NameSchema.omit({ aanduidingNaamgebruik: true }) })).default([]),
    geboorte: z.object({ datum: RegisterBirthDate }).default({ datum: { year: null, month: null, day: null, placeholder: false } }),
    verblijfplaats: ResidenceSchema.optional(),
    overlijden: z.object({ datum: OptionalText }).optional(),
    opschortingBijhouding: z.object({ reden: codeField(SUSPENSION_REASONS), datum: OptionalText }).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.id === undefined && r.burgerservicenummer === undefined) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'Give an id or a burgerservicenummer', params: { code: 'missing_id' } });
    }
  })
  .transform(({ burgerservicenummer, id, ...rest }) => ({ id: (id ?? burgerservicenummer)!, ...rest }));

/** The input form of a register record (what {@link parseRegisterRecord} accepts). @category Register */
export type RegisterRecordInput = z.input<typeof RegisterRecordSchema>;
/** A parsed register record. @category Register */
export type RegisterRecord = z.output<typeof RegisterRecordSchema>;

/** Dutch labels of the register fields, for error messages. @category Register */
export const REGISTER_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'id',
  naam: 'naam',
  'naam.geslachtsnaam': 'geslachtsnaam',
  'naam.aanduidingNaamgebruik': 'aanduiding naamgebruik',
  'geboorte.datum': 'geboortedatum',
  'verblijfplaats.postcode': 'postcode',
  'verblijfplaats.huisnummer': 'huisnummer',
  'verblijfplaats.functieAdres': 'functie adres',
  'opschortingBijhouding.reden': 'reden opschorting bijhouding',
};

/**
 * Parse one register record; never throws. Errors name the field and never repeat its value.
 * @example
 * parseRegisterRecord({ burgerservicenummer: '999990019', naam: { geslachtsnaam: 'Berg', voorvoegsel: 'van den' },
 *   geboorte: { datum: '19850600' }, verblijfplaats: { postcode: '1234AB', huisnummer: 12 } })
 * @category Register
 */
export function parseRegisterRecord(input: unknown): Result<RegisterRecord> {
  return safeParseWith(RegisterRecordSchema, input, REGISTER_FIELD_LABELS);
}

/**
 * Parse a register extract: exactly one result per input, in order. Never throws.
 * @category Register
 */
export function parseRegisterRecords(inputs: readonly unknown[]): Result<RegisterRecord>[] {
  return inputs.map((input) => parseRegisterRecord(input));
}
