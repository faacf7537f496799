import { cite, LEGAL_FORMS, parseSignal, SECTORS, SIGNAL_KINDS, SOURCES, type BatchItem, type LocalizedText, type Reason, type Signal } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { birthDateCodes, birthDateNameKey, CandidateCollector, fullNameKey, nameAreaKey, postcodeArea, addressBlockKey } from './blocking.js';
import { isCleanPostcode } from './address.js';
import { compareComparables, comparableFromSignal, type ComparablePerson } from './comparable.js';
import { generationApart, placeholderYearApart } from './birth-date.js';
import { flagsFor, minorRival, outcomeOfRecord, outcomeReason, type FlagOptions, type MatchFlag, type MatchOutcome } from './outcome.js';
import { dutchPhoneticKey } from './phonetic.js';
import { MATCH_FIELDS, parametersOf, type FieldLevels, type MatchField, type MatchParameterOverrides, type MatchParameters } from './parameters.js';
import { indexData, type IndexData, type RegisterIndex } from './register-index.js';
import { frozen } from './freeze.js';
import { candidateIdView, type CandidateIds, type CandidateIdView } from './candidate-ids.js';
import { anotherPerson, contradictionCount, fieldReasons, identifies, levelScorer, levelWeight, scoreLevels, type FieldScore, type LevelScorer, type TermFrequencies, type TermValues } from './score.js';

/** Options of {@link matchSignal} and {@link matchSignals}. @category Matching */
export interface MatchOptions extends FlagOptions {
  /** Parameters to override (thresholds, m/u, term frequency); defaults: `DEFAULT_MATCH_PARAMETERS`. */
  readonly parameters?: MatchParameterOverrides;
  /**
   * What results show of candidate register ids (BSNs in a Haal Centraal extract): `plain` (the
   * default), `hashed` (HMAC-SHA-256 under {@link MatchOptions.candidateIdKey}, hex) or `hidden`.
   * A `no-match` result never names its candidates; `person` is always the plain id.
   */
  readonly candidateIds?: CandidateIds;
  /** The secret key for `candidateIds: 'hashed'` (at least 16 bytes); keep it with the municipality. */
  readonly candidateIdKey?: string | Uint8Array;
}

/**
 * The decision: `match` (link to this person), `review` (a person should look: weak evidence,
 * a contradiction, or several candidates) or `no-match`.
 * @category Matching
 */
export type MatchDecision = 'match' | 'review' | 'no-match';

/** A register record considered for a signal, with its score and why. @category Matching */
export interface MatchCandidate {
  /**
   * The record's id (BSN or extract id), its keyed hash under `candidateIds: 'hashed'`, or null
   * under `candidateIds: 'hidden'` and in a `no-match` result.
   */
  readonly recordId: string | null;
  /** Position of the record in the index; null wherever `recordId` is not the plain id. */
  readonly recordIndex: number | null;
  /** Total match weight in bits. */
  readonly weight: number;
  /** The comparison level of each field (also the input of `estimateParameters`). */
  readonly levels: FieldLevels;
  /** Each field's level and weight. */
  readonly fields: readonly FieldScore[];
  /** Fields whose level contradicts identity. */
  readonly contradictions: readonly MatchField[];
}

/** The result of checking one signal against the register. @category Matching */
export interface MatchResult {
  /** The signal's id. */
  readonly signalId: string;
  /** Match, review or no match. */
  readonly decision: MatchDecision;
  /** What the municipality can act on. */
  readonly outcome: MatchOutcome;
  /** The linked record (for `match`) or the single best candidate (for `review`); null when not registered or ambiguous. */
  readonly person: { readonly recordId: string; readonly recordIndex: number } | null;
  /** The best candidates, best first (at most `maxListedCandidates`). */
  readonly candidates: readonly MatchCandidate[];
  /** Flags from the signal and the register. */
  readonly flags: readonly MatchFlag[];
  /** Decision, outcome, flags and the best candidate's field reasons. */
  readonly reasons: readonly Reason[];
}

const collectors = new WeakMap<IndexData, CandidateCollector>();
const COLLECTOR_CAPACITY = 4096;
/** Address and birth-date blocks hold few records; this only bounds pathological inputs. */
const MAX_BLOCK = 2000;
/** Name + postcode-area blocks larger than this say little and are skipped (the other rules still apply). */
const MAX_AREA_BLOCK = 30;

/** Phonetic name ids of a person that the index knows: surnames (and glued form), and the given name. */
function nameIdsOf(index: IndexData, person: ComparablePerson): { surnameIds: number[]; givenId: number | undefined } {
  const { nameIds } = index;
  const name = person.name;
  const surnameIds: number[] = [];
  for (const key of name.surnameKeys) {
    const id = nameIds.get(key);
    if (id !== undefined && !surnameIds.includes(id)) surnameIds.push(id);
  }
  if (name.glued !== name.surname) {
    const id = nameIds.get(dutchPhoneticKey(name.glued));
    if (id !== undefined && !surnameIds.includes(id)) surnameIds.push(id);
  }
  return { surnameIds, givenId: name.givenKey === '' ? undefined : nameIds.get(name.givenKey) };
}

/** Surname ids plus the given-name id (for reversed names). */
function lookupIds(surnameIds: number[], givenId: number | undefined): number[] {
  return givenId === undefined || surnameIds.includes(givenId) ? surnameIds : [...surnameIds, givenId];
}

/** Stage 1: the address rule and the birth-date rule on the full date (few, strong candidates). */
function gatherNear(index: IndexData, person: ComparablePerson, collector: CandidateCollector, surnameIds: number[], givenId: number | undefined): void {
  const { blocks } = index;
  const address = addressBlockKey(person);
  if (address !== 0) blocks.address.gather(address, collector, MAX_BLOCK);
  const code = person.birthDate.code;
  if (code === 0) return;
  for (const id of lookupIds(surnameIds, givenId)) blocks.birthDateName.gather(birthDateNameKey(code, id), collector, MAX_BLOCK);
}

/**
 * Stage 2: the birth-date rule on year-month and year (register dates `YYYYMM00`, `YYYY0000`)
 * and the register-wide name rules, for people who moved and have a wrong or incomplete birth date.
 */
function gatherWide(index: IndexData, person: ComparablePerson, collector: CandidateCollector, surnameIds: number[], givenId: number | undefined): void {
  const { blocks } = index;
  const area = postcodeArea(person);
  const partialCodes = birthDateCodes(person.birthDate.code).filter((code) => code !== person.birthDate.code);
  for (const id of lookupIds(surnameIds, givenId)) {
    for (const code of partialCodes) blocks.birthDateName.gather(birthDateNameKey(code, id), collector, MAX_BLOCK);
    if (area !== 0) blocks.nameArea.gather(nameAreaKey(id, area), collector, MAX_AREA_BLOCK);
  }
  if (givenId !== undefined) {
    for (const id of surnameIds) {
      blocks.fullName.gather(fullNameKey(id, givenId), collector, index.maxNameBlock);
      blocks.fullName.gather(fullNameKey(givenId, id), collector, index.maxNameBlock);
    }
  }
}

/**
 * The register's term frequencies as one signal's scoring asks for them: only ever for the
 * signal's own surname and first given name, so each is looked up once per signal instead of
 * once per scored candidate.
 */
function sharesOf(tf: TermFrequencies, values: TermValues): TermFrequencies {
  const surname = tf.surname(values.surname);
  const givenName = tf.givenName(values.givenName);
  return { size: tf.size, surname: () => surname, givenName: () => givenName };
}

/** A scored candidate: record number, total weight and field levels. */
interface Scored {
  readonly r: number;
  readonly w: number;
  readonly levels: FieldLevels;
}

/** Put an entry that makes the best `k` (the caller checks) into `top`, which stays best first. */
function insertTop(top: Scored[], k: number, entry: Scored): void {
  let at = top.length < k ? top.length : k - 1;
  if (top.length < k) top.push(entry);
  else top[at] = entry;
  while (at > 0 && top[at - 1]!.w < entry.w) {
    top[at] = top[at - 1]!;
    top[at - 1] = entry;
    at--;
  }
}

/**
 * Score the collected candidates from position `first` on into `top`; a candidate that does not
 * make the best `k` costs no allocation beyond its levels.
 */
function scoreFrom(
  index: IndexData, person: ComparablePerson, collector: CandidateCollector, first: number, score: LevelScorer, top: Scored[], k: number,
): void {
  for (let c = first; c < collector.count; c++) {
    const r = collector.found[c]!;
    const levels = compareComparables(person, index.comparableAt(r));
    const w = score(levels);
    if (top.length < k || w > top[k - 1]!.w) insertTop(top, k, { r, w, levels });
  }
}

const DECISION_SOURCE = frozen(cite(SOURCES.signaalreis, 'verbeteren van de BRP-check "zonder inwoners te verliezen"'));

const WHY = frozen({
  none: text('Geen kandidaat boven de beoordelingsdrempel', 'No candidate reaches the review threshold'),
  another: text(
    'Kandidaten verschillen in twee of meer gegevens (bijv. voornaam en geboortedatum), of alleen achternaam en adres passen bij een andere geboortedatum: een ander persoon, bijv. een huisgenoot of familielid',
    'Candidates differ in two or more fields (e.g. given name and birth date), or only surname and address fit with another birth date: another person, e.g. a housemate or relative',
  ),
  household: text(
    'Alleen achternaam en adres passen; voornaam en geboortedatum wijzen niet op deze persoon: laten beoordelen',
    'Only surname and address fit; given name and birth date do not point to this person: review',
  ),
  ambiguous: text('Meerdere kandidaten liggen dicht bij elkaar', 'Several candidates score close together'),
  contradicted: text('Een gegeven spreekt de identiteit tegen (bijv. andere geboortedatum): laten beoordelen', 'A field contradicts identity (e.g. another birth date): review'),
  match: text('Score boven de matchdrempel', 'Score at or above the match threshold'),
  between: text('Score tussen beoordelings- en matchdrempel', 'Score between the review and match thresholds'),
});

function decisionReason(decision: MatchDecision, weight: number | null, params: MatchParameters, why: LocalizedText): Reason {
  return reason(`matching.decision.${decision}`, decision === 'match' ? 'pass' : decision === 'review' ? 'info' : 'fail', DECISION_SOURCE, why, {
    weight: weight === null ? null : Math.round(weight * 100) / 100,
    matchThreshold: params.matchThreshold,
    reviewThreshold: params.reviewThreshold,
    ambiguityMargin: params.ambiguityMargin,
  });
}

/** The options of a call, resolved once per batch: parameters and the view of candidate ids. */
interface Call {
  readonly params: MatchParameters;
  readonly ids: CandidateIdView;
}

/** Resolve options once per batch; a `UsageError` for unusable parameters or id options. */
function callOf(options: MatchOptions): Call {
  return { params: parametersOf(options.parameters), ids: candidateIdView(options.candidateIds, options.candidateIdKey) };
}

/** Candidate ids only where the decision needs them (match, review), shown as the options ask. */
function withCandidateIds(result: MatchResult, ids: CandidateIdView): MatchResult {
  const shown = result.decision !== 'no-match';
  const candidates = result.candidates.map((c) => {
    const id = shown && c.recordId !== null ? ids(c.recordId) : null;
    return { ...c, recordId: id, recordIndex: id !== null && id === c.recordId ? c.recordIndex : null };
  });
  return { ...result, candidates };
}

function matchWith(index: IndexData, signal: Signal, options: MatchOptions, call: Call): MatchResult {
  return withCandidateIds(scoreAndDecide(index, signal, options, call.params), call.ids);
}

function scoreAndDecide(index: IndexData, signal: Signal, options: MatchOptions, params: MatchParameters): MatchResult {
  let collector = collectors.get(index);
  if (collector === undefined) {
    collector = new CandidateCollector(index.size, COLLECTOR_CAPACITY);
    collectors.set(index, collector);
  }
  const person = comparableFromSignal(signal);
  const values: TermValues = { surname: person.name.surname, givenName: person.name.givenNames[0] ?? '' };
  const shares = sharesOf(index.frequencies, values);
  const score = levelScorer(params, shares, values);
  const k = Math.max(2, params.maxListedCandidates);
  const top: Scored[] = [];
  const { surnameIds, givenId } = nameIdsOf(index, person);
  collector.reset();
  gatherNear(index, person, collector, surnameIds, givenId);
  scoreFrom(index, person, collector, 0, score, top, k);
  const best = top[0];
  const settled = best !== undefined && best.w >= params.wideSearchBelow && contradictionCount(best.levels, params) === 0;
  if (!settled) {
    const near = collector.count;
    gatherWide(index, person, collector, surnameIds, givenId);
    scoreFrom(index, person, collector, near, score, top, k);
  }
  const candidates: MatchCandidate[] = [];
  for (const { r, levels } of top.slice(0, params.maxListedCandidates)) {
    const scored = scoreLevels(levels, params, shares, values);
    candidates.push({
      recordId: index.records[r]!.id,
      recordIndex: r,
      weight: scored.weight,
      levels,
      fields: scored.fields,
      contradictions: scored.contradictions,
    });
  }
  return decide(index, signal, person, options, params, top, candidates);
}

/** Birth-date levels that cannot tell two people apart: placeholders (1 January), incomplete or missing dates. */
const WEAK_BIRTH_DATES: ReadonlySet<string> = new Set(['placeholder-agrees', 'placeholder-same-year', 'placeholder', 'incomplete-agrees', 'unknown']);

/**
 * Whether two candidates are namesakes for this signal: they agree with it alike on surname, given
 * names and address, and only placeholder, incomplete or missing birth dates are left to tell them
 * apart (a signal's 1-1-2000 equal to one namesake's register 1-1-2000 is no evidence). Always ambiguous.
 */
function namesakes(best: FieldLevels, second: FieldLevels): boolean {
  return (
    best.surname === second.surname && best.givenNames === second.givenNames && best.address === second.address &&
    WEAK_BIRTH_DATES.has(best.birthDate) && WEAK_BIRTH_DATES.has(second.birthDate)
  );
}

/** Whether a register person's given names include every given name the signal names. */
function covers(recordNames: readonly string[], signalNames: readonly string[]): boolean {
  for (const name of signalNames) if (!recordNames.includes(name)) return false;
  return true;
}

/**
 * Whether the best candidate is told apart from the second by what separates them rather than by
 * the size of the gap: the second is nowhere better, and either the best's register given names
 * include every given name of the signal while the second's (known) given names do not — an exact
 * given name against a housemate's other name or bare initial is strong evidence even when a
 * placeholder birth date leaves the totals close — or the best's birth date identifies and the
 * second's disagrees, or `birthApart` (see `placeholderYearApart`: the year of the signal's 1 January).
 * True namesakes (father and son with the same given names) are apart only by `birthApart`.
 */
function clearlyApart(person: ComparablePerson, best: Scored, second: Scored, index: IndexData, params: MatchParameters, birthApart: boolean): boolean {
  if (!nowhereBetter(best, second, params)) return false;
  if (birthApart) return true;
  const named = person.name.givenNames;
  const secondNames = index.comparableAt(second.r).name.givenNames;
  const givenApart = named.length > 0 && secondNames.length > 0 && covers(index.comparableAt(best.r).name.givenNames, named) && !covers(secondNames, named);
  const datesApart =
    (best.levels.birthDate === 'exact' || best.levels.birthDate === 'one-typo' || best.levels.birthDate === 'day-month-swapped') &&
    (second.levels.birthDate === 'different' || second.levels.birthDate === 'same-year');
  return givenApart || datesApart;
}

/** Whether the second candidate is at no field's level weightier than the best. */
function nowhereBetter(best: Scored, second: Scored, params: MatchParameters): boolean {
  for (const field of MATCH_FIELDS) {
    if (levelWeight(params, field, second.levels[field]) > levelWeight(params, field, best.levels[field])) return false;
  }
  return true;
}

/** The candidates with the chosen one first (an adult chosen over a minor with the same score listed before). */
function bestFirst(candidates: readonly MatchCandidate[], r: number): readonly MatchCandidate[] {
  const chosen = candidates.filter((c) => c.recordIndex === r);
  return [...chosen, ...candidates.filter((c) => c.recordIndex !== r)];
}

/**
 * The best candidate and its closest rival among the scored ones (best first). One contradicting field may be a
 * typo; two, or a birth date against nothing but surname and address or a generation away, are another person (a
 * relative): never a candidate. When some candidate is `clean` — nothing contradicts it and its given names or birth
 * date identify — candidates with a contradicting field are another person too: the signal names the clean one (a
 * twin with another given name and the same birth date, a namesake at the old address with another birth date).
 * A housemate who was certainly under 18 when the signal arrived is no rival of an adult who is clean or nowhere
 * worse (arrears are a contract party's), also when the minor is listed first.
 */
function bestAndSecond(
  index: IndexData, signal: Signal, person: ComparablePerson, params: MatchParameters, top: readonly Scored[],
): { best: Scored | undefined; second: Scored | undefined } {
  const clean = (c: Scored) => contradictionCount(c.levels, params) === 0 && identifies(c.levels, params);
  const kept = top.filter((c) => !anotherPerson(c.levels, params, generationApart(person.birthDate, index.comparableAt(c.r).birthDate)));
  const someClean = kept.some((c) => clean(c) && c.w >= params.reviewThreshold);
  const minorBeside = (adult: Scored, minor: Scored) =>
    (clean(adult) || nowhereBetter(adult, minor, params)) &&
    minorRival(signal.receivedDate, index.comparableAt(adult.r).birthDate, index.comparableAt(minor.r).birthDate);
  let best: Scored | undefined;
  let second: Scored | undefined;
  for (const c of kept) {
    if (someClean && contradictionCount(c.levels, params) > 0) continue;
    if (best === undefined) best = c;
    else if (second === undefined && !minorBeside(best, c)) {
      if (minorBeside(c, best)) best = c;
      else second = c;
    }
  }
  return { best, second };
}

function decide(
  index: IndexData,
  signal: Signal,
  person: ComparablePerson,
  options: MatchOptions,
  params: MatchParameters,
  top: readonly Scored[],
  candidates: readonly MatchCandidate[],
): MatchResult {
  const { best, second } = bestAndSecond(index, signal, person, params, top);
  if (best === undefined || best.w < params.reviewThreshold) {
    const noFlags = flagsFor(signal, options, false);
    const why = best === undefined && top[0] !== undefined && top[0].w >= params.reviewThreshold ? WHY.another : WHY.none;
    return {
      signalId: signal.id,
      decision: 'no-match',
      outcome: 'not-registered',
      person: null,
      candidates,
      flags: noFlags.flags,
      reasons: [decisionReason('no-match', best?.w ?? null, params, why), outcomeReason('not-registered', undefined), ...noFlags.reasons],
    };
  }
  const record = index.records[best.r]!;
  const levels = best.levels;
  const listed = best === top[0] ? candidates : bestFirst(candidates, best.r);
  const birthApart = second !== undefined && placeholderYearApart(person.birthDate, levels.birthDate, second.levels.birthDate);
  const ambiguous =
    second !== undefined && second.w >= params.reviewThreshold &&
    ((best.w - second.w < params.ambiguityMargin && !clearlyApart(person, best, second, index, params, birthApart)) ||
      (namesakes(best.levels, second.levels) && !(birthApart && nowhereBetter(best, second, params))));
  const contradicted = contradictionCount(levels, params) > 0;
  const householdOnly = !identifies(levels, params);
  const decision: MatchDecision = !ambiguous && !contradicted && !householdOnly && best.w >= params.matchThreshold ? 'match' : 'review';
  const outcome: MatchOutcome = ambiguous
    ? 'ambiguous'
    : outcomeOfRecord(index.isDeceased(best.r), index.suspensionOf(best.r), levels.address);
  const why = ambiguous ? WHY.ambiguous : contradicted ? WHY.contradicted : householdOnly ? WHY.household : decision === 'match' ? WHY.match : WHY.between;
  const flagged = flagsFor(signal, options, record.verblijfplaats?.indicatieVastgesteldVerblijftNietOpAdres === true);
  return {
    signalId: signal.id,
    decision,
    outcome,
    person: ambiguous ? null : { recordId: record.id, recordIndex: best.r },
    candidates: listed,
    flags: flagged.flags,
    reasons: [
      decisionReason(decision, best.w, params, why),
      outcomeReason(outcome, ambiguous && second ? { secondWeight: Math.round(second.w * 100) / 100 } : undefined),
      ...flagged.reasons,
      ...(listed[0] === undefined ? [] : fieldReasons(listed[0])),
    ],
  };
}

/**
 * Check one parsed signal against the register: gather candidates over every blocking rule,
 * score each with Fellegi-Sunter weights, and decide match / review / no match with an outcome
 * the municipality can act on. The result lists the best candidates with per-field levels and
 * weights, and its `reasons` in Dutch and English. Results are freshly built: changing one never
 * changes another. Throws `UsageError` (from `vroegsignalering/model`) only for misuse (an index not made by
 * `createRegisterIndex`, unusable parameters).
 * @example
 * const index = createRegisterIndex(records);
 * const result = matchSignal(signal, index);
 * if (result.decision === 'match') console.log(result.outcome, result.person?.recordId);
 * @category Matching
 */
export function matchSignal(signal: Signal, index: RegisterIndex, options: MatchOptions = {}): MatchResult {
  return matchWith(indexData(index), signal, options, callOf(options));
}

const KINDS: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);
const FORMS: ReadonlySet<unknown> = new Set(LEGAL_FORMS);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Whether a text has the shape of an ISO day (`2026-03-02`), as the model writes dates. */
function isIsoDayText(d: unknown): boolean {
  return typeof d === 'string' && d.length === 10 && d.charCodeAt(4) === 45 && d.charCodeAt(7) === 45;
}

/**
 * Whether an input has the shape `parseSignal` gives (so it is matched as it is, without being
 * read again): normalised kind, sector, legal form, postcode, house number and birth date. Any
 * other input is read by `parseSignal`.
 */
function isParsedSignal(input: unknown): input is Signal {
  if (!isRecord(input) || typeof input['id'] !== 'string' || !KINDS.has(input['kind']) || !isIsoDayText(input['receivedDate'])) return false;
  const { creditor, debtor, address, arrears } = input;
  if (!isRecord(creditor) || !SECTOR_SET.has(creditor['sector']) || !isRecord(arrears) || typeof arrears['total'] !== 'string') return false;
  if (!isRecord(debtor) || !FORMS.has(debtor['legalForm'])) return false;
  const name = debtor['name'] as Signal['debtor']['name'] | undefined;
  if (!isRecord(name)) return false;
  if (!isOptionalText(name.givenNames) || !isOptionalText(name.initials) || !isOptionalText(name.surnamePrefix)) return false;
  if (!isOptionalText(name.surname) || !isOptionalText(name.fullName)) return false;
  const birth = debtor['birthDate'];
  if (birth !== undefined && !(isRecord(birth) && typeof birth['placeholder'] === 'boolean')) return false;
  return isRecord(address) && isCleanPostcode(address['postcode']) && Number.isInteger(address['houseNumber']);
}

/**
 * Check a batch of signals against the register: exactly one item per input, in the same order,
 * each `{ index, ok: true, value }` with the {@link MatchResult} or `{ index, ok: false, issues }`
 * when the input is not a readable signal. Accepts raw signal records (read with `parseSignal`)
 * as well as signals parsed before. Never throws for bad records (misuse of the API still throws
 * `UsageError` (from `vroegsignalering/model`) before any record is read).
 * @example
 * const items = matchSignals(rows, index);
 * for (const item of items) if (item.ok && item.value.decision === 'match') link(item.index, item.value.person);
 * @category Matching
 */
export function matchSignals(inputs: readonly unknown[], index: RegisterIndex, options: MatchOptions = {}): BatchItem<MatchResult>[] {
  const call = callOf(options);
  const data = indexData(index);
  const out = new Array<BatchItem<MatchResult>>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (isParsedSignal(input)) {
      out[i] = { index: i, ok: true, value: matchWith(data, input, options, call) };
      continue;
    }
    const parsed = parseSignal(input);
    out[i] = parsed.ok ? { index: i, ok: true, value: matchWith(data, parsed.value, options, call) } : { index: i, ok: false, issues: parsed.issues };
  }
  return out;
}
