/**
 * `page-net-impression`: the page judged as a whole (issue 8; claims
 * primer, family 1). A disease named in a prominent place makes softened
 * body copy a disease claim for that page; reported once, at the body copy,
 * naming the prominent place.
 */
import {defineRule, type BlockKind, type Document, type Match, type Sentence} from '@claimlint/core'
import {diseaseClaim} from '../disease-claim/index.js'
import {condition, lexicon, softener} from './lexicon.js'

/** Where a named disease sets the page's impression, and how messages name it. */
const prominent: Partial<Record<BlockKind, string>> = {
  frontmatter: 'the page description',
  heading: 'the heading',
  alt: 'the image alt text',
  blockquote: 'the testimonial'
}

/** Body copy a softened verb must sit in to be coloured by the page. */
const body = new Set<BlockKind>(['paragraph', 'listItem', 'tableCell', 'text', 'html'])

interface Page {
  /** Conditions named in prominent places. */
  conditions: Match[]
  /** Sentences naming a condition anywhere: direct claims, `disease-claim`'s to report. */
  direct: Set<Sentence>
  softeners: Match[]
}

/** What the matcher found on each page; `keep` records, `check` judges once the page is read. */
const pages = new WeakMap<Document, Page>()

function pageOf(document: Document): Page {
  let page = pages.get(document)
  if (!page) pages.set(document, (page = {conditions: [], direct: new Set(), softeners: []}))
  return page
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** How a message names the prominent place of a match: the frontmatter `title` is the page title. */
function placeOf(match: Match, document: Document): string {
  const title = document.frontmatter?.title
  const text = document.text.slice(match.sentence.start, match.sentence.end)
  if (match.sentence.block === 'frontmatter' && typeof title === 'string' && title.includes(text.trim())) return 'the page title'
  return prominent[match.sentence.block]!
}

/** The `page-net-impression` rule: soothing body copy under a disease named in a prominent place. */
export const pageNetImpression = defineRule({
  meta: {
    id: 'page-net-impression',
    description: 'Soothing body copy on a page whose name, heading, image alt text or testimonial names a disease',
    family: 1,
    kind: softener.kind!,
    rationale:
      'FDA, the FTC and EU authorities read a page as a whole, as a shopper does. "Calms and comforts dry skin" is cosmetic ' +
      'copy on its own; under the product name "Eczema Relief Balm", beside an image whose alt text says "before and after ' +
      'psoriasis" or a testimonial about rosacea, it promises to treat that disease. The rule reports such a page once, at the ' +
      'first soothing phrase of the body copy, and its message names the prominent place that names the disease. Skin types ' +
      'named after a condition ("for eczema-prone skin") are audiences and do not count.',
    basis: {
      us: 'FD&C Act §201(g)(1), 21 U.S.C. 321(g)(1); FTC Act §5 (net impression)',
      eu: 'Directive 2001/83/EC Art. 1(2); Reg. (EC) 1223/2009 Art. 20',
      uk: 'Human Medicines Regulations 2012 reg. 2; CAP Code 12.1',
      ca: 'Food and Drugs Act s. 2 (drug); Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FDA: Is It a Cosmetic, a Drug, or Both? (Or Is It Soap?)', url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap'},
      {jurisdiction: 'us', title: 'FTC Policy Statement on Deception (net impression)', url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-deception'},
      {jurisdiction: 'eu', title: 'Directive 2001/83/EC, Article 1(2) (medicinal product by presentation)', url: 'https://eur-lex.europa.eu/eli/dir/2001/83/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 12', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/12.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'error',
    evidenceStatus: 'prohibited',
    fixable: false,
    remedy: softener.remedy!
  },
  lexicon,
  keep(match, context) {
    const page = pageOf(context.document)
    if (match.entry === condition) {
      // `acne scars` names a mark, not the disease: disease-claim's own judgement decides.
      if (diseaseClaim.keep?.(match, context) === false) return false
      page.direct.add(match.sentence)
      if (prominent[match.sentence.block]) page.conditions.push(match)
    } else if (body.has(match.sentence.block)) {
      page.softeners.push(match)
    }
    return false
  },
  check(context) {
    const {document} = context
    const page = pages.get(document)
    pages.delete(document)
    const named = page?.conditions[0]
    if (!page || !named) return
    const soft = page.softeners.find((match) => !page.direct.has(match.sentence))
    if (!soft) return
    const place = placeOf(named, document)
    const where = `${place} \`${document.text.slice(named.sentence.start, named.sentence.end).replace(/\s+/g, ' ').trim()}\` (line ${lineOf(document.text, named.start)})`
    context.report({
      start: soft.start,
      end: soft.end,
      entry: {...softener, remedy: `${where} names \`${document.text.slice(named.start, named.end)}\`, so this reads as treating it: ${softener.remedy!}`}
    })
  }
})
