/**
 * Word normalisation shared by the phrase compiler and the tokenizer, so a
 * pattern word and a copy word meet in one form.
 *
 * - Case folds: `Treats` → `treats`.
 * - Typographic apostrophes become ASCII: `isn’t` → `isn't`.
 * - British spellings become American ones, so one lexicon entry covers both
 *   markets: `ageing` → `aging`, `haemorrhoids` → `hemorrhoids`,
 *   `colour` → `color`, `minimise` → `minimize`.
 */

const apostrophes = /[\u2018\u2019\u02BC\u0060\u00B4]/g

/** British → American spellings of whole words seen in cosmetic and medical copy. */
const spellings: Readonly<Record<string, string>> = {
  ageing: 'aging',
  'anti-ageing': 'anti-aging',
  antiageing: 'antiaging',
  colour: 'color',
  colours: 'colors',
  coloured: 'colored',
  discolouration: 'discoloration',
  discolourations: 'discolorations',
  haemorrhoid: 'hemorrhoid',
  haemorrhoids: 'hemorrhoids',
  anaemia: 'anemia',
  oedema: 'edema',
  tumour: 'tumor',
  tumours: 'tumors',
  diarrhoea: 'diarrhea',
  leukaemia: 'leukemia',
  fibre: 'fiber',
  fibres: 'fibers',
  centre: 'center',
  behaviour: 'behavior',
  programme: 'program',
  favourite: 'favorite',
  odour: 'odor',
  odours: 'odors',
  grey: 'gray',
  mould: 'mold',
  sulphur: 'sulfur',
  orthopaedic: 'orthopedic',
  paediatric: 'pediatric',
  paediatrician: 'pediatrician',
  gynaecologist: 'gynecologist',
  dermatologically: 'dermatologically',
  licence: 'license',
  licensed: 'licensed'
}

/** Suffix rules for -ise/-isation verbs: `minimise` → `minimize`, `revitalisation` → `revitalization`. */
const britishSuffixes: ReadonlyArray<readonly [string, string]> = [
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['ise', 'ize']
]

/** Words ending in -ise that are not British -ize verbs (`promise`, `exercise`). */
const ordinaryIse = new Set([
  'promise', 'promises', 'promised', 'promising', 'exercise', 'exercises', 'exercised', 'exercising',
  'advise', 'advises', 'advised', 'advising', 'rise', 'rises', 'arise', 'arises', 'wise', 'otherwise',
  'likewise', 'precise', 'concise', 'expertise', 'noise', 'raise', 'raises', 'raised', 'raising',
  'praise', 'praised', 'surprise', 'surprised', 'surprising', 'premise', 'premises', 'devise', 'revise',
  'revised', 'supervise', 'supervised', 'televise', 'despise', 'disguise', 'compromise', 'compromised',
  'franchise', 'merchandise', 'enterprise', 'comprise', 'comprises', 'comprised', 'improvise', 'cruise',
  'bruise', 'bruises', 'bruised', 'bruising', 'chemise', 'demise', 'excise', 'incise', 'incised',
  'reprise', 'treatise', 'sunrise', 'anise', 'vise', 'guise', 'poise', 'poised', 'mortise', 'paradise',
  'denise', 'louise', 'elise', 'lise', 'cerise', 'valise', 'remise', 'apprise', 'chastise'
])

/** Normalised forms seen so far: copy repeats its words, and this runs for every token. */
const memo = new Map<string, string>()

/** Normalise one word (or word piece) for matching. */
export function normalizeWord(word: string): string {
  let value = memo.get(word)
  if (value === undefined) {
    value = normalize(word)
    // Bounded, so a huge file of unique tokens cannot grow it without limit.
    if (memo.size > 100_000) memo.clear()
    memo.set(word, value)
  }
  return value
}

function normalize(word: string): string {
  let value = word.toLowerCase().replace(apostrophes, "'")
  // Own keys only: `constructor` or `toString` in copy must not hit Object.prototype.
  const mapped = Object.hasOwn(spellings, value) ? spellings[value] : undefined
  if (mapped !== undefined) return mapped
  if (value.length > 5 && value.includes('is') && !ordinaryIse.has(value)) {
    for (const [british, american] of britishSuffixes) {
      if (value.endsWith(british)) {
        value = value.slice(0, -british.length) + american
        break
      }
    }
  }
  return value
}
