/**
 * The policy playground page: edit a policy, see its problems as you type, the channel counts per
 * month of the embedded synthetic sample against capacity, and the explanation of any signal.
 * Everything the library does goes through `adapter.ts`; this file only handles the page.
 * @module
 */
import {
  ALL_CHANNELS, channelName, checkPolicy, explainDecision, monthOf, PRESET_LIST, presetText, sampleInput, schemaText, signalSummary, triageMonth,
  type Channel, type CheckedPolicy, type Decision, type Lang, type PolicyProblem, type SampleInput, type SampleSignal,
} from './adapter.js';
import { isWordKey, t } from './i18n.js';

/** The preset shown first: M4 has both a home-visit and a phone capacity (De signaalreis, Bijlage 1). */
const FIRST_PRESET = 'M4';
/** Wait this long after the last keystroke before checking and triaging again. */
const TYPING_PAUSE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page lacks #${id}`);
  return found as T;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const ui = {
  preset: byId<HTMLSelectElement>('preset'),
  loadPreset: byId<HTMLButtonElement>('load-preset'),
  openFile: byId<HTMLInputElement>('open-file'),
  text: byId<HTMLTextAreaElement>('policy-text'),
  status: byId<HTMLParagraphElement>('policy-status'),
  issues: byId<HTMLUListElement>('policy-issues'),
  download: byId<HTMLButtonElement>('download'),
  downloadSchema: byId<HTMLButtonElement>('download-schema'),
  capacity: byId<HTMLFieldSetElement>('capacity-fields'),
  results: byId<HTMLTableElement>('results'),
  explainMonth: byId<HTMLSelectElement>('explain-month'),
  explainChannel: byId<HTMLSelectElement>('explain-channel'),
  explainSignal: byId<HTMLSelectElement>('explain-signal'),
  explanation: byId<HTMLOListElement>('explanation'),
};

/** The embedded sample, grouped by month (each month triaged as one batch). */
function readSample(): Map<string, SampleInput[]> {
  const signals = JSON.parse(byId('sample-data').textContent ?? '[]') as SampleSignal[];
  const months = new Map<string, SampleInput[]>();
  for (const input of signals.map(sampleInput)) {
    const month = monthOf(input);
    const list = months.get(month);
    if (list) list.push(input);
    else months.set(month, [input]);
  }
  return new Map([...months].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const state = {
  lang: 'nl' as Lang,
  months: readSample(),
  /** The last policy that validated; its figures stay on screen while the text is being fixed. */
  policy: null as CheckedPolicy | null,
  decisions: new Map<string, Decision[]>(),
  problems: [] as readonly PolicyProblem[],
};

/** A JSON syntax error as a problem with a line and column (V8 names the position). */
function jsonProblem(text: string, error: unknown): PolicyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return { path: '(JSON)', message: t(state.lang, 'notJson', { message }) };
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { path: t(state.lang, 'jsonAt', { line, column }), message: t(state.lang, 'notJson', { message }) };
}

/** Read the editor: its JSON (or undefined when it does not parse) and the problems found. */
function readEditor(): { json: unknown; problems: readonly PolicyProblem[]; policy: CheckedPolicy | null } {
  const text = ui.text.value;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { json: undefined, problems: [jsonProblem(text, error)], policy: null };
  }
  const checked = checkPolicy(json);
  return checked.ok ? { json, problems: [], policy: checked.policy } : { json, problems: checked.problems, policy: null };
}

/** Check the editor's policy; when valid, triage every month again and redraw. */
function update(): void {
  const { json, problems, policy } = readEditor();
  state.problems = problems;
  if (policy) {
    state.policy = policy;
    state.decisions = new Map([...state.months].map(([month, inputs]) => [month, triageMonth(policy, inputs)]));
  }
  syncCapacityInputs(json);
  renderStatus();
  renderResults();
  renderExplainFilters();
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
function updateSoon(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(update, TYPING_PAUSE_MS);
}

function renderStatus(): void {
  const bad = state.problems.length > 0;
  ui.text.setAttribute('aria-invalid', String(bad));
  ui.status.className = bad ? 'bad' : 'ok';
  ui.status.textContent = bad
    ? t(state.lang, 'invalid', { n: state.problems.length })
    : state.policy ? t(state.lang, 'valid', { label: state.policy.label, n: state.policy.ruleCount }) : '';
  ui.issues.replaceChildren(...state.problems.map((p) => {
    const li = make('li');
    li.append(make('code', p.path), document.createTextNode(p.message));
    return li;
  }));
  byId('results-h').closest('section')!.classList.toggle('stale', bad);
}

// --- capacity -------------------------------------------------------------------------------

const capacityInputs = new Map<Channel, { label: HTMLSpanElement; input: HTMLInputElement }>();

function buildCapacityInputs(): void {
  for (const channel of ALL_CHANNELS) {
    const label = make('label');
    const name = make('span');
    const input = make('input');
    Object.assign(input, { type: 'number', min: '0', step: '1', id: `cap-${channel}`, inputMode: 'numeric' });
    input.addEventListener('input', () => editCapacity(channel, input.value));
    label.append(name, input);
    ui.capacity.append(label);
    capacityInputs.set(channel, { label: name, input });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Show the editor's capacities in the inputs (except the one being typed in). */
function syncCapacityInputs(json: unknown): void {
  ui.capacity.disabled = !isObject(json);
  ui.capacity.title = ui.capacity.disabled ? t(state.lang, 'capacityDisabled') : '';
  const capacity = isObject(json) && isObject(json['capacity']) ? json['capacity'] : {};
  for (const [channel, { input }] of capacityInputs) {
    if (input === document.activeElement) continue;
    const value = capacity[channel];
    input.value = typeof value === 'number' ? String(value) : '';
  }
}

/** Write one channel's capacity into the editor's JSON (empty: unlimited) and check again at once. */
function editCapacity(channel: Channel, value: string): void {
  let json: unknown;
  try {
    json = JSON.parse(ui.text.value);
  } catch {
    return;
  }
  if (!isObject(json)) return;
  const capacity = isObject(json['capacity']) ? { ...json['capacity'] } : {};
  if (value.trim() === '') delete capacity[channel];
  else capacity[channel] = Number(value);
  json['capacity'] = capacity;
  ui.text.value = `${JSON.stringify(json, null, 2)}\n`;
  clearTimeout(typingTimer);
  update();
}

// --- results per month -----------------------------------------------------------------------

/** Channels worth a column: used in some month, or given a capacity. */
function shownChannels(policy: CheckedPolicy): Channel[] {
  const used = new Set<Channel>();
  for (const decisions of state.decisions.values()) for (const d of decisions) used.add(d.channel);
  return ALL_CHANNELS.filter((c) => used.has(c) || policy.capacity[c] !== undefined);
}

function renderResults(): void {
  const policy = state.policy;
  const [thead, tbody, tfoot] = [ui.results.tHead!, ui.results.tBodies[0]!, ui.results.tFoot!];
  if (!policy) {
    thead.replaceChildren();
    tbody.replaceChildren();
    tfoot.replaceChildren();
    return;
  }
  const channels = shownChannels(policy);
  const head = make('tr');
  const col = (text: string): HTMLTableCellElement => Object.assign(make('th', text), { scope: 'col' });
  head.append(col(t(state.lang, 'month')), ...channels.map((c) => col(channelName(c, state.lang))), col(t(state.lang, 'moved')), col(t(state.lang, 'total')));
  thead.replaceChildren(head);
  const totals = new Map<Channel, number>();
  let movedTotal = 0;
  let total = 0;
  tbody.replaceChildren(...[...state.decisions].map(([month, decisions]) => {
    const row = make('tr');
    row.append(Object.assign(make('th', month), { scope: 'row' }));
    const counts = new Map<Channel, number>();
    for (const d of decisions) counts.set(d.channel, (counts.get(d.channel) ?? 0) + 1);
    for (const c of channels) {
      const n = counts.get(c) ?? 0;
      totals.set(c, (totals.get(c) ?? 0) + n);
      row.append(countCell(month, c, n, policy.capacity[c]));
    }
    const moved = decisions.filter((d) => d.overflowed).length;
    movedTotal += moved;
    total += decisions.length;
    const movedCell = make('td', String(moved), moved === 0 ? 'zero' : '');
    movedCell.dataset['month'] = month;
    movedCell.dataset['channel'] = 'moved';
    row.append(movedCell);
    row.append(make('td', String(decisions.length)));
    return row;
  }));
  const foot = make('tr');
  foot.append(Object.assign(make('th', t(state.lang, 'total')), { scope: 'row' }), ...channels.map((c) => make('td', String(totals.get(c) ?? 0))), make('td', String(movedTotal)), make('td', String(total)));
  tfoot.replaceChildren(foot);
}

function countCell(month: string, channel: Channel, n: number, capacity: number | undefined): HTMLTableCellElement {
  const cell = make('td', capacity === undefined ? String(n) : `${n} / ${capacity}`, n === 0 ? 'zero' : '');
  cell.dataset['month'] = month;
  cell.dataset['channel'] = channel;
  if (capacity !== undefined && n >= capacity) {
    cell.classList.add('full');
    cell.append(make('span', ` (${t(state.lang, 'full')})`, 'visually-hidden'));
  }
  return cell;
}

// --- explanation -----------------------------------------------------------------------------

function setOptions(select: HTMLSelectElement, options: readonly (readonly [value: string, label: string])[]): void {
  const keep = select.value;
  select.replaceChildren(...options.map(([value, label]) => Object.assign(make('option', label), { value })));
  if (options.some(([value]) => value === keep)) select.value = keep;
  else if (options.length > 0) select.selectedIndex = 0;
}

function renderExplainFilters(): void {
  setOptions(ui.explainMonth, [...state.months.keys()].map((m) => [m, m] as const));
  const channels = state.policy ? shownChannels(state.policy) : [];
  setOptions(ui.explainChannel, [['', t(state.lang, 'allChannels')], ...channels.map((c) => [c, channelName(c, state.lang)] as const)]);
  renderSignalList();
}

function renderSignalList(): void {
  const month = ui.explainMonth.value;
  const inputs = state.months.get(month) ?? [];
  const decisions = state.decisions.get(month) ?? [];
  const wanted = ui.explainChannel.value;
  const options: (readonly [string, string])[] = [];
  decisions.forEach((d, i) => {
    if (wanted !== '' && d.channel !== wanted) return;
    const s = signalSummary(inputs[i]!);
    options.push([String(i), `${s.id} · €\u00a0${s.amount} · ${s.sector} → ${channelName(d.channel, state.lang)}`]);
  });
  setOptions(ui.explainSignal, options);
  renderExplanation();
}

function renderExplanation(): void {
  const policy = state.policy;
  const inputs = state.months.get(ui.explainMonth.value);
  if (!policy || !inputs || ui.explainSignal.value === '') {
    ui.explanation.replaceChildren(...(policy && inputs ? [make('li', t(state.lang, 'noSignals'))] : []));
    return;
  }
  const lines = explainDecision(policy, inputs, Number(ui.explainSignal.value), state.lang);
  ui.explanation.replaceChildren(...lines.map((line) => {
    const li = make('li', undefined, line.outcome);
    const badge = isWordKey(line.outcome) ? t(state.lang, line.outcome) : line.outcome;
    li.append(make('span', badge, `badge ${line.outcome}`), document.createTextNode(line.text));
    return li;
  }));
}

// --- language, files -------------------------------------------------------------------------

function applyLanguage(lang: Lang): void {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.title = `vroegsignalering — ${t(lang, 'title')}`;
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = e.dataset['i18n']!;
    if (isWordKey(key)) e.textContent = t(lang, key);
  }
  for (const [channel, { label }] of capacityInputs) label.textContent = channelName(channel, lang);
  update();
}

/** Offer text as a file download (an object URL: nothing leaves the machine). */
function offerDownload(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(make('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for the edited policy: `name-version.json` when the text says so. */
function policyFileName(): string {
  const { json } = readEditor();
  const name = isObject(json) ? [json['name'], json['version']].filter((v) => typeof v === 'string' && v !== '').join('-') : '';
  const safe = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'policy'}.json`;
}

function loadText(text: string): void {
  ui.text.value = text;
  clearTimeout(typingTimer);
  update();
}

function start(): void {
  setOptions(ui.preset, PRESET_LIST.map((name) => [name, name] as const));
  ui.preset.value = FIRST_PRESET;
  buildCapacityInputs();
  ui.loadPreset.addEventListener('click', () => loadText(presetText(ui.preset.value)));
  ui.openFile.addEventListener('change', () => {
    const file = ui.openFile.files?.[0];
    if (file) void file.text().then(loadText);
  });
  ui.text.addEventListener('input', updateSoon);
  ui.download.addEventListener('click', () => offerDownload(ui.text.value, policyFileName()));
  ui.downloadSchema.addEventListener('click', () => offerDownload(schemaText(), 'policy.schema.json'));
  ui.explainMonth.addEventListener('change', renderSignalList);
  ui.explainChannel.addEventListener('change', renderSignalList);
  ui.explainSignal.addEventListener('change', renderExplanation);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
    radio.addEventListener('change', () => radio.checked && applyLanguage(radio.value as Lang));
  }
  ui.text.value = presetText(FIRST_PRESET);
  applyLanguage('nl');
  document.body.dataset['ready'] = 'true';
}

start();
