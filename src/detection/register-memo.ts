import type { IdentityEntry } from './identity.js';

/**
 * What detection remembers of a register person's latest signal: the surname and postcode it
 * carried (together its identity block), its household, and the identity entry they led to.
 * When the next signal of the person has the same surname, postcode and household, and the entry
 * has nothing left to learn, resolving it again would only move the entry's last day: the memo
 * does just that.
 */
export class RegisterMemo {
  /**
   * @param surname - the surname the signal carried
   * @param postcode - its postcode as the intake's number (one number per postcode text)
   * @param entry - the identity entry they led to
   * @param household - the signal's household
   */
  constructor(
    private readonly surname: string | undefined, private readonly postcode: number, readonly entry: IdentityEntry, readonly household: number,
  ) {}

  /**
   * Whether a signal with this surname, postcode and household leads to the same block and
   * household, and the entry is live and complete.
   */
  fits(surname: string | undefined, postcode: number, household: number, day: number, lapseDays: number): boolean {
    const { entry } = this;
    return (
      household === this.household && this.surname !== undefined && surname === this.surname &&
      postcode === this.postcode && entry.lastDay >= day - lapseDays && entry.initial !== '' &&
      entry.birth.precision !== 'unknown' && !entry.birth.placeholder
    );
  }
}
