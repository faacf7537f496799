import { Decimal } from 'decimal.js';

/**
 * An amount in euros as a decimal string with two decimals, e.g. `"1234.56"`.
 * This is the form amounts take at every public boundary of the library.
 * @category Money
 */
export type Euro = string;

const PLAIN_RE = /^-?\d+(\.\d{1,2})?$/;

/**
 * Read an amount as real exports write it and return it as a {@link Euro} string, or `null`
 * when it is not an amount.
 *
 * Accepted: `1234.56`, `1234,56`, `1.234,56` (Dutch), `1,234.56` (English), `€ 1.234,56`,
 * `1.234` (Dutch thousands: 1234), numbers. When both `.` and `,` appear, the last one is the
 * decimal separator. A lone separator followed by exactly three digits is a thousands
 * separator (Dutch exports write `1.234` for one thousand two hundred and thirty-four);
 * more than two decimals are rejected, because money has cents.
 * @example
 * parseEuro('1.234,56') // '1234.56'
 * parseEuro('1234.5')   // '1234.50'
 * parseEuro('12,3456')  // null
 * @category Money
 */
export function parseEuro(input: string | number): Euro | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    return new Decimal(input).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  }
  const s = stripCurrency(input);
  if (s === '') return null;
  if (PLAIN_RE.test(s)) return padCents(s);
  return parseGroupedAmount(s);
}

/** Remove spaces and a leading `€` or trailing `€`/`EUR`. */
function stripCurrency(input: string): string {
  let s = input.trim();
  if (s.startsWith('€')) s = s.slice(1);
  if (s.endsWith('€')) s = s.slice(0, -1);
  else if (/eur$/i.test(s)) s = s.slice(0, -3);
  return s.includes(' ') || s.includes('\u00a0') ? s.replace(/[\s\u00a0]/g, '') : s.trim();
}

/**
 * Read an amount with separators in one pass over its characters: find the decimal separator
 * by the rules of {@link parseEuro}, check that thousands groups have three digits, and return
 * the plain form, or `null`.
 */
function parseGroupedAmount(s: string): Euro | null {
  const neg = s.charCodeAt(0) === 45; // '-'
  const start = neg ? 1 : 0;
  let lastDot = -1;
  let lastComma = -1;
  let dots = 0;
  let commas = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) (lastDot = i), dots++;
    else if (c === 44) (lastComma = i), commas++;
    else if (c < 48 || c > 57) return null;
  }
  let decimalAt = -1;
  if (dots > 0 && commas > 0) decimalAt = Math.max(lastDot, lastComma);
  else {
    const last = Math.max(lastDot, lastComma);
    if (dots + commas === 1 && s.length - last - 1 !== 3) decimalAt = last;
  }
  const decimalChar = decimalAt >= 0 ? s.charCodeAt(decimalAt) : -1;
  if (decimalChar === 46 ? dots > 1 : decimalChar === 44 ? commas > 1 : false) return null;
  const intEnd = decimalAt >= 0 ? decimalAt : s.length;
  // Thousands groups: 1–3 leading digits, then groups of exactly 3.
  let digits = '';
  let groupLen = 0;
  let groups = 0;
  for (let i = start; i < intEnd; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      if (c === decimalChar || groupLen === 0 || (groups === 0 ? groupLen > 3 : groupLen !== 3)) return null;
      groups++;
      groupLen = 0;
    } else {
      digits += s[i];
      groupLen++;
    }
  }
  if (groupLen === 0 || (groups > 0 && groupLen !== 3)) return null;
  const frac = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (decimalAt >= 0 && !/^\d{1,2}$/.test(frac)) return null;
  return padCents(`${neg ? '-' : ''}${digits}${frac ? `.${frac}` : ''}`);
}

/** Write a plain decimal (`-?digits(.d{1,2})?`) with exactly two decimals and no leading zeros. */
function padCents(plain: string): Euro {
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const whole = (dot < 0 ? body : body.slice(0, dot)).replace(/^0+(?=\d)/, '');
  const frac = dot < 0 ? '00' : body.slice(dot + 1).padEnd(2, '0');
  const isZero = /^0+$/.test(whole) && frac === '00';
  return `${neg && !isZero ? '-' : ''}${whole}.${frac}`;
}

/**
 * Exact decimal value of a {@link Euro} string, for sums and comparisons.
 * @category Money
 */
export function toDecimal(amount: Euro): Decimal {
  return new Decimal(amount);
}

/**
 * Integer cents of a {@link Euro} string, exact for any amount below 90 trillion euros.
 * Hot paths (triage, eligibility) compare cents as plain integers.
 * @example
 * toCents('1234.56') // 123456
 * @category Money
 */
export function toCents(amount: Euro): number {
  // Read the characters directly: hot paths (triage, eligibility) call this per signal.
  const neg = amount.charCodeAt(0) === 45;
  let whole = 0;
  let frac = 0;
  let fracDigits = -1;
  for (let i = neg ? 1 : 0; i < amount.length; i++) {
    const code = amount.charCodeAt(i);
    if (code === 46 && fracDigits < 0) {
      fracDigits = 0;
      continue;
    }
    const digit = code - 48;
    if (fracDigits < 0) whole = whole * 10 + digit;
    else if (fracDigits < 2) {
      frac = frac * 10 + digit;
      fracDigits += 1;
    }
  }
  const cents = whole * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return neg ? -cents : cents;
}

/**
 * Format integer cents as a {@link Euro} string.
 * @example
 * fromCents(123456) // '1234.56'
 * @category Money
 */
export function fromCents(cents: number): Euro {
  const neg = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  return `${neg ? '-' : ''}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

/**
 * Exact sum of euro amounts.
 * @example
 * sumEuro(['0.10', '0.20']) // '0.30'
 * @category Money
 */
export function sumEuro(amounts: readonly Euro[]): Euro {
  let total = new Decimal(0);
  for (const a of amounts) total = total.plus(a);
  return total.toFixed(2);
}

/**
 * Whole euros, as the DDAS standard asks for `bedrag` (rounded half up).
 * @example
 * wholeEuros('212.50') // 213
 * @category Money
 */
export function wholeEuros(amount: Euro): number {
  return new Decimal(amount).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
