import { formatBirthDate, SECTORS, SIGNAL_FIELD_LABELS, SIGNAL_KINDS, type BirthDate, type Euro, type IsoDate, type Result, type Sector, type Signal, type SignalKind } from '../model/index.js';
import { birthDateReader, canonicalCheck, choiceReader, dateReader, euroReader, houseLetterReader, houseNumberAdditionReader, houseNumberReader, idReader, optional, postcodeReader, readSection, required, section, splitHouseNumberField, textReader, validationIssue, withDefault, type ReaderEntry, type SectionIssue, type SectionSchema } from '../model/internal.js';

/**
 * A parsed signal (`parseSignal`) as detection takes it, with the ids earlier steps found:
 * `personId` is the register id when matching found the resident (otherwise detection builds a
 * fuzzy identity from name, birth date and address); `householdId` overrides the household
 * detection derives from the address. Detection also takes the raw record (`unknown`) and reads
 * it with the model's readers.
 * @category Detection
 */
export type DetectableSignal = Signal & {
  /** Register id of the resident, when register matching found one. */
  readonly personId?: string | undefined;
  /** Household id, when the caller knows it (otherwise: the normalised address). */
  readonly householdId?: string | undefined;
};

/** The fields detection reads of a signal: the part of {@link DetectableSignal} it looks at. */
export interface DetectionInput {
  readonly id: string;
  readonly kind: SignalKind;
  readonly creditor: { readonly id: string; readonly sector: Sector };
  readonly receivedDate: IsoDate;
  readonly debtor: {
    readonly name: {
      readonly givenNames?: string | undefined;
      readonly initials?: string | undefined;
      readonly surnamePrefix?: string | undefined;
      readonly surname?: string | undefined;
      readonly fullName?: string | undefined;
    };
    readonly birthDate?: BirthDate | undefined;
  };
  readonly address: {
    readonly postcode: string;
    readonly houseNumber: number;
    readonly houseLetter?: string | undefined;
    readonly houseNumberAddition?: string | undefined;
  };
  readonly arrears: { readonly total: Euro; readonly oldestDueDate?: IsoDate | undefined };
  /** Register id of the resident, when register matching found one. */
  readonly personId?: string | undefined;
  /** Household id, when the caller knows it (otherwise: the normalised address). */
  readonly householdId?: string | undefined;
}

/*
 * The fields detection reads, as ONE table of the model's field readers. Both ways of reading an
 * input are generated from it, so they cannot disagree:
 * - the section built with the model's `section()` reads any input (raw export forms such as
 *   `15-03-2023`, `1234 ab`, `1.234,56`, `12A`) and names every problem by field;
 * - the canonical check accepts, without copying, an input that is already in the readers' output
 *   form (as `parseSignal` writes it): for each field the reader, applied to the value, gives the
 *   value back. Parsed signals take this way, at no cost beyond a lookup per distinct value.
 */

/** A reader field of the table. */
interface Leaf {
  readonly entry: ReaderEntry<unknown, unknown, boolean>;
}

/** A nested section of the table, with the checks and preparation of `section()`. */
interface Branch {
  readonly fields: Readonly<Record<string, Leaf | Branch>>;
  readonly check?: (value: Record<string, unknown>) => SectionIssue | null;
  readonly prepare?: (raw: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

function leaf<I, O>(entry: ReaderEntry<I, O, boolean>): Leaf {
  return { entry: entry as ReaderEntry<unknown, unknown, boolean> };
}

function isBranch(node: Leaf | Branch): node is Branch {
  return 'fields' in node;
}

/** The whole name is needed to build a fuzzy identity: the surname, or the full name. */
function nameCheck(name: Record<string, unknown>): SectionIssue | null {
  return name['surname'] === undefined && name['fullName'] === undefined
    ? { path: ['surname'], code: 'missing_name', message: 'Give the surname, or the whole name as fullName' }
    : null;
}

/** Read a birth date given as the model's object (`{ year, month, day }`) through its register text. */
function birthDateAsText(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const birth = raw['birthDate'];
  return typeof birth === 'object' && birth !== null ? { ...raw, birthDate: formatBirthDate(birth as BirthDate) } : (raw as Record<string, unknown>);
}

const TABLE: Branch = {
  fields: {
    id: leaf(required(idReader)),
    kind: leaf(withDefault(choiceReader(SIGNAL_KINDS), 'early')),
    creditor: { fields: { id: leaf(required(idReader)), sector: leaf(required(choiceReader(SECTORS))) } },
    receivedDate: leaf(required(dateReader)),
    debtor: {
      fields: {
        name: {
          fields: {
            givenNames: leaf(optional(textReader)),
            initials: leaf(optional(textReader)),
            surnamePrefix: leaf(optional(textReader)),
            surname: leaf(optional(textReader)),
            fullName: leaf(optional(textReader)),
          },
          check: nameCheck,
        },
        birthDate: leaf(optional(birthDateReader)),
      },
      prepare: birthDateAsText,
    },
    address: {
      fields: {
        postcode: leaf(required(postcodeReader)),
        houseNumber: leaf(required(houseNumberReader)),
        houseLetter: leaf(optional(houseLetterReader)),
        houseNumberAddition: leaf(optional(houseNumberAdditionReader)),
      },
      prepare: splitHouseNumberField,
    },
    arrears: { fields: { total: leaf(required(euroReader)), oldestDueDate: leaf(optional(dateReader)) } },
    personId: leaf(optional(idReader)),
    householdId: leaf(optional(idReader)),
  },
};

/** The model section of a branch of the table. */
function sectionOf(branch: Branch): SectionSchema<unknown, unknown> {
  const entries: Record<string, ReaderEntry<unknown, unknown, boolean> | SectionSchema<unknown, unknown>> = {};
  for (const [key, node] of Object.entries(branch.fields)) entries[key] = isBranch(node) ? sectionOf(node) : node.entry;
  const options = {
    ...(branch.check ? { check: branch.check } : {}),
    ...(branch.prepare ? { prepare: branch.prepare } : {}),
  };
  return section(entries, options) as unknown as SectionSchema<unknown, unknown>;
}

/** Schema of the fields detection reads, built from the model's field readers. */
const DetectableSchema = sectionOf(TABLE);

const LABELS: Readonly<Record<string, string>> = {
  ...SIGNAL_FIELD_LABELS,
  personId: 'persoons-ID (BRP)',
  householdId: 'huishoud-ID',
};

/**
 * Read one input of detection with the model's readers: the normalised signal, or the issues
 * (field path, Dutch label, a plain message that never repeats the value). Never throws.
 */
export function readDetectable(input: unknown): Result<DetectionInput> {
  const read = readSection(DetectableSchema, input);
  if (read.ok) return { ok: true, value: read.value as DetectionInput };
  return { ok: false, issues: read.issues.map((i) => validationIssue(i.code, i.path, i.message, LABELS)) };
}

/** Whether a value is a plain record (what a section reads), not `null` or an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Check = (value: unknown) => boolean;

/**
 * A cheaper test than {@link isRecord} for the canonical walk: an array there always fails a
 * required field or the name check of its section, as the section itself would refuse it.
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The paths of the table's reader fields, e.g. `['debtor', 'name', 'surname']`. */
export function tablePaths(branch: Branch = TABLE, prefix: readonly string[] = []): string[][] {
  return Object.entries(branch.fields).flatMap(([key, node]) => (isBranch(node) ? tablePaths(node, [...prefix, key]) : [[...prefix, key]]));
}

/** The leaf of the table at a path. */
function leafAt(path: readonly string[]): Leaf {
  let node: Leaf | Branch = TABLE;
  for (const key of path) node = (node as Branch).fields[key]!;
  return node as Leaf;
}

/**
 * Whether a reader field is in the reader's output form (the model's `canonicalCheck`), or absent
 * where the table allows it.
 */
function leafCheck(path: readonly string[]): Check {
  const { entry } = leafAt(path);
  return canonicalCheck(entry.reader, entry.optional && entry.default === undefined);
}

/**
 * The checks of the table's reader fields, compiled once (they hold no state, so every run
 * shares them and their call sites stay monomorphic). The birth date's check remembers dates: it
 * is made per run by {@link CanonicalInput}.
 */
const LEAF = {
  id: leafCheck(['id']),
  kind: leafCheck(['kind']),
  creditorId: leafCheck(['creditor', 'id']),
  sector: leafCheck(['creditor', 'sector']),
  receivedDate: leafCheck(['receivedDate']),
  givenNames: leafCheck(['debtor', 'name', 'givenNames']),
  initials: leafCheck(['debtor', 'name', 'initials']),
  surnamePrefix: leafCheck(['debtor', 'name', 'surnamePrefix']),
  surname: leafCheck(['debtor', 'name', 'surname']),
  fullName: leafCheck(['debtor', 'name', 'fullName']),
  postcode: leafCheck(['address', 'postcode']),
  houseNumber: leafCheck(['address', 'houseNumber']),
  houseLetter: leafCheck(['address', 'houseLetter']),
  houseNumberAddition: leafCheck(['address', 'houseNumberAddition']),
  total: leafCheck(['arrears', 'total']),
  oldestDueDate: leafCheck(['arrears', 'oldestDueDate']),
  personId: leafCheck(['personId']),
  householdId: leafCheck(['householdId']),
} as const;

/**
 * The canonical check of the table, for one run: whether an input is already in the readers'
 * output form, so that the section would give it back unchanged; then detection uses it as it
 * is, without a copy. Each field's check comes from the table's reader at that path (the model's
 * `canonicalCheck`); the walk over the fields is written out (plain property reads keep it fast),
 * and a test proves it visits exactly the table's paths. The birth-date check keeps its memo of
 * the reader's verdicts for the run and hands out booleans only.
 */
export class CanonicalInput {
  private readonly birthDate = leafCheck(['debtor', 'birthDate']);

  /** Whether the input can be used as it is. */
  accepts(input: unknown): boolean {
    if (!isObject(input)) return false;
    const { creditor, debtor, address, arrears } = input;
    if (!LEAF.id(input['id']) || !LEAF.kind(input['kind']) || !LEAF.receivedDate(input['receivedDate'])) return false;
    if (!LEAF.personId(input['personId']) || !LEAF.householdId(input['householdId'])) return false;
    if (!isObject(creditor) || !LEAF.creditorId(creditor['id']) || !LEAF.sector(creditor['sector'])) return false;
    if (!isObject(debtor) || !this.birthDate(debtor['birthDate'])) return false;
    const name = debtor['name'];
    if (!isObject(name) || !LEAF.surname(name['surname']) || !LEAF.fullName(name['fullName']) || !LEAF.initials(name['initials'])) return false;
    if (!LEAF.givenNames(name['givenNames']) || !LEAF.surnamePrefix(name['surnamePrefix']) || nameCheck(name) !== null) return false;
    if (!isObject(address) || !LEAF.postcode(address['postcode']) || !LEAF.houseNumber(address['houseNumber'])) return false;
    if (!LEAF.houseLetter(address['houseLetter']) || !LEAF.houseNumberAddition(address['houseNumberAddition'])) return false;
    return isObject(arrears) && LEAF.total(arrears['total']) && LEAF.oldestDueDate(arrears['oldestDueDate']);
  }
}
