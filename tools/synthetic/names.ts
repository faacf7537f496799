/**
 * Name material for synthetic people: common Dutch surnames (with prefixes), migrant surnames
 * and given names (Moroccan, Turkish, Surinamese, Syrian/Eritrean, Polish), transliteration
 * variants, and a syllable generator for the long tail of rare Dutch surnames.
 * Every name here is common or made up; no real person is described.
 */

/** A surname with its separate prefix. */
export interface SyntheticSurname {
  readonly prefix: string;
  readonly surname: string;
}

const s = (full: string): SyntheticSurname => {
  const m = /^((?:(?:van|de|den|der|het|in|'t|ter|ten|el|al|op)\s)+)(.+)$/i.exec(full);
  return m ? { prefix: m[1]!.trim(), surname: m[2]! } : { prefix: '', surname: full };
};

/** Common Dutch surnames, most frequent first (Jansen, de Jong, de Vries, …). */
export const DUTCH_SURNAMES: readonly SyntheticSurname[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan',
  'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden',
  'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster',
  'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Jonge', 'Kuipers', 'van Veen', 'Post',
  'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten', 'van Wijk', 'Postma', 'Martens', 'Vink',
  'de Ridder', 'Kluijt', 'Fortuyn', "'t Hart", "in 't Veld", 'Groenen', 'Aedel', 'ter Horst', 'ten Brink',
  'Pietersen', 'Timmermans', 'Bosman', 'Claassen', 'Verbeek', 'Mertens', 'Wouters', 'Gerritsen',
].map(s);

/** Migrant surnames, the way the register spells them (diacritics kept). */
export const MIGRANT_SURNAMES: readonly SyntheticSurname[] = [
  'el Amrani', 'el Idrissi', 'Bouzid', 'Benali', 'Aziz', 'Ouali', 'el Khatib', 'Haddou', 'Yılmaz', 'Kaya', 'Demir',
  'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Ramdin', 'Jagesar', 'Sewnarain',
  'Bisoendat', 'Ramsaran', 'al Hassan', 'Haddad', 'Tesfay', 'Ghebremedhin', 'Kidane', 'Mohammed', 'Ahmed',
  'Ali', 'Hussein', 'Ibrahim', 'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Lewandowski', 'Nguyễn', 'Tran',
].map(s);

/** Dutch given names by sex, most frequent first. */
export const DUTCH_GIVEN: { readonly male: readonly string[]; readonly female: readonly string[] } = {
  male: [
    'Jan', 'Johannes', 'Pieter', 'Cornelis', 'Hendrik', 'Willem', 'Gerrit', 'Jacob', 'Dirk', 'Klaas', 'Thomas', 'Daan',
    'Sem', 'Lucas', 'Bram', 'Ruben', 'Jeroen', 'Mark', 'Dennis', 'Sander', 'Kees', 'Henk', 'Wim', 'Piet', 'Joost',
    'Maarten', 'Bas', 'Niels', 'Tim', 'Jan-Willem', 'Frank', 'Erik', 'Hans', 'Ruud', 'Stefan', 'Rick', 'Joris',
  ],
  female: [
    'Maria', 'Johanna', 'Anna', 'Cornelia', 'Wilhelmina', 'Elisabeth', 'Emma', 'Julia', 'Sophie', 'Lotte', 'Anne',
    'Sanne', 'Lisa', 'Eva', 'Femke', 'Inge', 'Marieke', 'Linda', 'Petra', 'Monique', 'Ingrid', 'Karin', 'Esther',
    'Saskia', 'Anouk', 'Iris', 'Fleur', 'Noor', 'Anne-Marie', 'Marloes', 'Ilse', 'Renée', 'Chantal', 'Joëlle',
  ],
};

/** Migrant given names by sex. */
export const MIGRANT_GIVEN: { readonly male: readonly string[]; readonly female: readonly string[] } = {
  male: ['Mohammed', 'Ahmed', 'Youssef', 'Omar', 'Mehmet', 'Mustafa', 'Ali', 'Hussein', 'Ibrahim', 'Tesfay', 'Yonas', 'Piotr', 'Rajesh', 'Emre', 'Khalid'],
  female: ['Fatima', 'Amina', 'Khadija', 'Ayşe', 'Zeynep', 'Elif', 'Meryem', 'Senait', 'Saba', 'Katarzyna', 'Anita', 'Nour', 'Hülya'],
};

/** Transliteration variants a creditor may write instead of the register's spelling. */
export const TRANSLITERATIONS: Readonly<Record<string, readonly string[]>> = {
  Mohammed: ['Mohamed', 'Muhammad', 'Mohammad'],
  Ahmed: ['Ahmad', 'Achmed'],
  Youssef: ['Yusuf', 'Joesoef', 'Youssouf'],
  Hussein: ['Husain', 'Hoessein'],
  Ibrahim: ['Ebrahim', 'Brahim'],
  Fatima: ['Fatma', 'Fatime'],
  Khadija: ['Khadidja', 'Chadija'],
  Khalid: ['Chalid', 'Khaled'],
  Omar: ['Umar', 'Omer'],
  Mustafa: ['Moestafa', 'Mustapha'],
  Tesfay: ['Tesfaye', 'Tesfai'],
  Yonas: ['Yohannes', 'Jonas'],
};

const ONSETS = ['ber', 'hol', 'kamp', 'ma', 'ver', 'wes', 'zui', 'gro', 'bran', 'ste', 'wil', 'har', 'ro', 'lin', 'ha', 'oos', 'mol', 'sla', 'vre', 'bo', 'ker', 'tje', 'noor', 'win'];
const CODAS = ['dijk', 'stra', 'man', 'hof', 'huis', 'veld', 'broek', 'meer', 'steen', 'berg', 'ink', 'ing', 'sma', 'ga', 'inga', 'kes', 'ers', 'sen', 'ma', 'land', 'horst', 'beek', 'bos', 'kamp'];
const MIDDLES = ['', '', '', 'en', 'er', 'el', 'ter', 'de', 'ke', 'ens'];

/**
 * A made-up Dutch-sounding surname for the long tail (e.g. `Holenkamp`, `Westerbergveld`), from a
 * number; the same number always gives the same name. {@link TAIL_SURNAME_COUNT} distinct names.
 */
export function tailSurname(n: number): SyntheticSurname {
  let rest = n;
  const pick = <T>(list: readonly T[]): T => {
    const item = list[rest % list.length]!;
    rest = Math.floor(rest / list.length);
    return item;
  };
  const surname = pick(ONSETS) + pick(MIDDLES) + pick(ONSETS) + pick(CODAS);
  return { prefix: n % 11 === 0 ? 'van' : '', surname: surname[0]!.toUpperCase() + surname.slice(1) };
}

/** Number of distinct long-tail surnames {@link tailSurname} makes. */
export const TAIL_SURNAME_COUNT = ONSETS.length * MIDDLES.length * ONSETS.length * CODAS.length;
