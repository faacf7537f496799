import { type LocalizedText } from '../model/index.js';
import { text } from '../model/internal.js';
import { frozen } from './freeze.js';
import type { FieldLevels, MatchField } from './parameters.js';

/** What each comparison level means, in Dutch and English, for the reasons of a result. */
export const LEVEL_MESSAGES: { readonly [F in MatchField]: Readonly<Record<FieldLevels[F], LocalizedText>> } = frozen({
  surname: {
    exact: text('Achternaam gelijk (voorvoegsel genegeerd)', 'Surname agrees (prefix ignored)'),
    alternate: text('Andere achternaam van de persoon gelijk (dubbele naam of naam partner)', "Another of the person's surnames agrees (double name or partner's name)"),
    swapped: text('Voornaam en achternaam omgedraaid', 'Given name and surname are reversed'),
    phonetic: text('Achternaam klinkt gelijk', 'Surname sounds alike'),
    close: text('Achternaam bijna gelijk gespeld', 'Surname spelled nearly alike'),
    different: text('Achternaam verschilt', 'Surname differs'),
    unknown: text('Achternaam onbekend', 'Surname unknown'),
  },
  givenNames: {
    exact: text('Voornamen gelijk', 'Given names agree'),
    'first-exact': text('Een voornaam gelijk', 'One given name agrees'),
    swapped: text('Voornaam staat als achternaam', 'Given name written as surname'),
    close: text('Voornaam bijna gelijk (spelling of transliteratie)', 'Given name nearly alike (spelling or transliteration)'),
    initials: text('Alleen voorletters passen', 'Only the initials fit'),
    different: text('Voornamen verschillen', 'Given names differ'),
    unknown: text('Voornamen onbekend', 'Given names unknown'),
  },
  birthDate: {
    exact: text('Geboortedatum gelijk', 'Birth date agrees'),
    'placeholder-agrees': text('Geboortedatum gelijk, maar 1 januari (mogelijk fictief): zwak bewijs', 'Birth date agrees but is 1 January (possibly a placeholder): weak evidence'),
    'one-typo': text('Geboortedatum op één cijfer na gelijk', 'Birth date one digit apart'),
    'day-month-swapped': text('Dag en maand van de geboortedatum omgedraaid', 'Day and month of the birth date swapped'),
    'incomplete-agrees': text('Onvolledige geboortedatum in de BRP past', 'Incomplete register birth date fits'),
    'placeholder-same-year': text('Geboortedatum 1 januari van hetzelfde jaar (mogelijk fictief): zwak bewijs', 'Birth date is 1 January of the same year (possibly a placeholder): weak evidence'),
    placeholder: text('Geboortedatum 1 januari (mogelijk fictief): geen bewijs', 'Birth date is 1 January (possibly a placeholder): no evidence'),
    'same-year': text('Alleen geboortejaar gelijk', 'Only the birth year agrees'),
    different: text('Geboortedatum verschilt', 'Birth date differs'),
    unknown: text('Geboortedatum onbekend', 'Birth date unknown'),
  },
  address: {
    exact: text('Adres gelijk', 'Address agrees'),
    'same-house-number': text('Postcode en huisnummer gelijk, huisletter of toevoeging verschilt', 'Postcode and house number agree, letter or addition differs'),
    'same-postcode': text('Alleen postcode gelijk', 'Only the postcode agrees'),
    different: text('Ander adres', 'Another address'),
    unknown: text('Adres onbekend', 'Address unknown'),
  },
});
