import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {validateRegister} from './register-file.js'

const schema = JSON.parse(readFileSync(new URL('../schema/claims-register.schema.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv({allErrors: true})
const matchesSchema = ajv.compile(schema)

const good = {
  id: 'firm-2025',
  wording: ['clinically shown to improve the look of firmness'],
  evidence: {study: 'FIRM-01', kind: 'in-vivo', panel: 32, duration: '4 weeks', date: '2025-01-15', file: 'studies/firm-01.pdf', expires: '2027-01-15'},
  markets: ['us', 'eu'],
  expires: '2026-12-31'
}

/** Registers both the schema and the validator must accept. */
const valid: unknown[] = [
  [],
  [good],
  {claims: [good]},
  [{id: 'glow', wording: 'glowing skin', evidence: {study: 'Survey', kind: 'consumer-perception'}, markets: 'us'}]
]

/** Registers both must reject, with the line the validator prints. */
const invalid: Array<[string, unknown, string]> = [
  ['not a list', {id: 'x'}, 'Unexpected key `id` in claims.yaml, expected claims'],
  ['an unknown evidence kind', [{...good, evidence: {study: 'S', kind: 'clinical'}}], 'Unexpected `evidence.kind` `clinical`, expected in-vivo, in-vitro, consumer-perception or instrumental, for claim `firm-2025` in claims.yaml'],
  ['an unknown market', [{...good, markets: ['fr']}], 'Unknown market `fr`, expected us, eu, uk or ca, for claim `firm-2025` in claims.yaml'],
  ['a missing id', [{...good, id: undefined}], 'Unexpected or missing `id`, expected letters, digits, `.`, `_` or `-`, for claim 1 in claims.yaml'],
  ['an id a footnote cannot carry', [{...good, id: 'firm 2025'}], 'Unexpected or missing `id`, expected letters, digits, `.`, `_` or `-`, for claim `firm 2025` in claims.yaml'],
  ['no wording', [{...good, wording: []}], 'Unexpected or missing `wording`, expected a phrase or a list of phrases, for claim `firm-2025` in claims.yaml'],
  ['a bad date', [{...good, expires: '2025-13-01'}], 'Unexpected `expires` `2025-13-01`, expected a date YYYY-MM-DD, for claim `firm-2025` in claims.yaml'],
  ['an unknown key', [{...good, approved: true}], 'Unexpected key `approved`, expected id, wording, evidence, markets or expires, for claim `firm-2025` in claims.yaml'],
  ['a panel that is not a count', [{...good, evidence: {...good.evidence, panel: 3.5}}], 'Unexpected `evidence.panel`, expected a number of subjects, for claim `firm-2025` in claims.yaml'],
  ['a missing study', [{...good, evidence: {kind: 'in-vivo'}}], 'Unexpected or missing `evidence.study`, expected a study id or title, for claim `firm-2025` in claims.yaml']
]

const clean = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('claims register validation', () => {
  it.each(valid.map((value) => [JSON.stringify(value).slice(0, 60), value]))('accepts %s, as the schema does', (_name, value) => {
    expect(matchesSchema(value), JSON.stringify(matchesSchema.errors)).toBe(true)
    expect(validateRegister(value, 'claims.yaml').claims.length).toBe(Array.isArray(value) ? value.length : 1)
  })

  it.each(invalid)('rejects %s in one line naming the entry, as the schema does', (_name, value, line) => {
    expect(matchesSchema(clean(value))).toBe(false)
    expect(() => validateRegister(clean(value), 'claims.yaml')).toThrow(line)
  })

  it('rejects a duplicate id, which a JSON schema cannot express', () => {
    expect(() => validateRegister([good, {...good, id: 'FIRM-2025'}], 'claims.yaml')).toThrow(
      'Unexpected duplicate id (also `firm-2025`) for claim `FIRM-2025` in claims.yaml'
    )
  })

  it('normalises a single wording and market to lists', () => {
    expect(validateRegister(valid[3], 'claims.yaml').claims[0]).toMatchObject({wording: ['glowing skin'], markets: ['us']})
  })
})
