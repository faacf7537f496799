import type { SignalInput } from '../../src/model/index.js';

/** A valid synthetic signal input, with overrides merged one level deep per section. */
export function signalInput(overrides: Partial<Record<keyof SignalInput, unknown>> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: 'S-0001',
    kind: 'early',
    creditor: { id: 'ZV-A', name: 'Zorgverzekeraar A', sector: 'health-insurance' },
    receivedDate: '2023-03-15',
    debtor: {
      name: { givenNames: 'Anna Maria', initials: 'A.M.', surnamePrefix: 'van der', surname: 'Berg' },
      birthDate: '1984-07-21',
      phone: '06-12345678',
      email: 'a.vanderberg@example.org',
    },
    address: { postcode: '2011 AB', houseNumber: 12, houseLetter: 'a', street: 'Voorbeeldstraat', city: 'Haarlem' },
    arrears: { total: '212.85', termAmount: '140.00', unpaidTerms: 2, oldestDueDate: '2023-01-31', newestDueDate: '2023-02-28' },
  };
  for (const [key, value] of Object.entries(overrides)) {
    const current = base[key];
    base[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return base;
}
