/**
 * English inflections for lexicon words marked with `~`, so a lexicon says
 * `treat~` once and matches `treat`, `treats`, `treated` and `treating`.
 * Over-generation is harmless (`stoped` never occurs in copy), so the rules
 * stay simple and both spellings are produced where English is irregular.
 */

/** Irregular past forms of verbs that occur in claims. */
const irregular: Readonly<Record<string, readonly string[]>> = {
  fight: ['fought'],
  grow: ['grew', 'grown'],
  regrow: ['regrew', 'regrown'],
  regrowth: [],
  rebuild: ['rebuilt'],
  build: ['built'],
  undo: ['undid', 'undone'],
  make: ['made'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  see: ['saw', 'seen'],
  get: ['got', 'gotten'],
  go: ['went', 'gone'],
  keep: ['kept'],
  heal: [],
  stop: ['stopped', 'stopping'],
  rid: ['rid', 'ridding'],
  beat: ['beaten'],
  shrink: ['shrank', 'shrunk'],
  show: ['shown'],
  prove: ['proven'],
  do: ['did', 'done', 'does'],
  be: ['is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having']
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u'])

/** All inflected forms of `base` (itself included). */
export function inflect(base: string): string[] {
  const forms = new Set<string>([base])
  const last = base.at(-1) ?? ''
  const beforeLast = base.at(-2) ?? ''

  // Third person / plural.
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(base + 'es')
  else if (last === 'y' && !vowels.has(beforeLast)) forms.add(base.slice(0, -1) + 'ies')
  else forms.add(base + 's')

  // Past and progressive.
  if (last === 'e') {
    forms.add(base + 'd')
    forms.add(base.slice(0, -1) + 'ing')
    if (base.endsWith('ie')) forms.add(base.slice(0, -2) + 'ying')
  } else if (last === 'y' && !vowels.has(beforeLast)) {
    forms.add(base.slice(0, -1) + 'ied')
    forms.add(base + 'ing')
  } else {
    forms.add(base + 'ed')
    forms.add(base + 'ing')
    // Consonant doubling (`stop` → `stopped`, `scar` → `scarred`): produce both.
    if (!vowels.has(last) && vowels.has(beforeLast) && !/[wxy]$/.test(base)) {
      forms.add(base + last + 'ed')
      forms.add(base + last + 'ing')
    }
  }

  for (const form of Object.hasOwn(irregular, base) ? irregular[base]! : []) forms.add(form)
  return [...forms]
}
