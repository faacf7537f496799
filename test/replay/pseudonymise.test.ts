import { describe, expect, it } from 'vitest';
import { UsageError, parseSignal, type Signal } from '../../src/model/index.js';
import { createPseudonymiser, parseSampleRecord } from '../../src/replay/index.js';
import { ageBandOf } from '../../src/replay/age-bands.js';

function signal(overrides: Record<string, unknown> = {}): Signal {
  const r = parseSignal({
    id: 'ZV1-2023-0001',
    creditor: { id: 'ZV1', name: 'Zorgverzekeraar A', sector: 'health-insurance' },
    receivedDate: '2023-03-15',
    debtor: { name: { givenNames: 'Fatima', surname: 'El Amrani' }, birthDate: '1996-04-12', bsn: '111222333', phone: '0612345678' },
    address: { postcode: '2511 AB', houseNumber: 12 },
    arrears: { total: '212.85' },
    ...overrides,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('pseudonymise', () => {
  const key = 'a long secret kept by the municipality';

  it('keeps no name, phone, BSN, house number or full postcode, and the record still parses', () => {
    const record = createPseudonymiser({ key }).signal(signal());
    const text = JSON.stringify(record);
    for (const secret of ['Fatima', 'Amrani', '0612345678', '111222333', '2511AB', '1996-04-12']) expect(text).not.toContain(secret);
    expect(record.address).toEqual({ postcode: '2511' });
    expect(record.debtor).toMatchObject({ birthDate: '1996', hasPhone: true, hasEmail: false });
    expect(parseSampleRecord(record).ok).toBe(true);
  });

  it('gives the same person the same token across months, and a different key different tokens', () => {
    const p = createPseudonymiser({ key });
    const march = p.signal(signal());
    const april = p.signal(signal({ id: 'ZV1-2023-0002', receivedDate: '2023-04-15' }));
    expect(april.person).toBe(march.person);
    expect(april.household).toBe(march.household);
    expect(april.id).not.toBe(march.id);
    expect(createPseudonymiser({ key: `${key}!` }).signal(signal()).person).not.toBe(march.person);
  });

  it('keys people without a BSN on surname, initial and birth date (exact)', () => {
    const p = createPseudonymiser({ key });
    const noBsn = (name: Record<string, string>) => p.signal(signal({ debtor: { name, birthDate: '1996-04-12' } })).person;
    expect(noBsn({ givenNames: 'Fatima', surname: 'El Amrani' })).toBe(noBsn({ initials: 'F.', surname: 'el amrani' }));
    expect(noBsn({ givenNames: 'Fatima', surname: 'El Amrani' })).not.toBe(noBsn({ givenNames: 'Samira', surname: 'El Amrani' }));
  });

  it('turns the birth date into an age band on asOf when asked', () => {
    const record = createPseudonymiser({ key, birth: 'age-band', asOf: '2023-03-15' }).signal(signal());
    expect(record.debtor).toMatchObject({ ageBand: '18-27' });
    expect(record.debtor?.birthDate).toBeUndefined();
    expect(ageBandOf(27)).toBe('18-27');
    expect(ageBandOf(28)).toBe('28-44');
    expect(ageBandOf(67)).toBe('67+');
  });

  it('rejects a short key and age bands without asOf, with the field named', () => {
    expect(() => createPseudonymiser({ key: 'short' })).toThrow(UsageError);
    try {
      createPseudonymiser({ key, birth: 'age-band' });
    } catch (e) {
      expect((e as UsageError).issues[0]!.field).toBe('asOf');
    }
  });
});
