/**
 * A deterministic corpus of realistic product pages for benchmarks: the same
 * seed always gives the same 2,000 pages, with frontmatter, headings, benefit
 * lists, ingredient tables, testimonials, FAQ, code blocks, links, alt text,
 * and planted compliant and non-compliant claims.
 */

/** A small fast seeded PRNG (mulberry32), so runs are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const products = ['Serum', 'Night Cream', 'Eye Cream', 'Face Oil', 'Toner', 'Cleanser', 'Lash Serum', 'Scalp Tonic', 'Body Lotion', 'Lip Plumper', 'Mask', 'Essence']
const actives = ['Peptide', 'Vitamin C', 'Retinal', 'Niacinamide', 'Exosome', 'Bakuchiol', 'Ceramide', 'Hyaluronic', 'Squalane', 'Centella', 'Copper Peptide', 'Growth Factor']
const brands = ['Luma', 'Verdant', 'Aurelia', 'Kinfolk', 'Nordlys', 'Solenne', 'Maru', 'Petalwise']

const compliant = [
  'Reduces the appearance of fine lines and wrinkles.',
  'Leaves skin feeling soft, smooth and hydrated.',
  'Skin looks visibly brighter after four weeks of daily use.',
  'Soothes the look of redness for a calmer-looking complexion.',
  'Helps skin hold on to moisture through the day.',
  'A lightweight texture that absorbs quickly without residue.',
  'Suitable for sensitive skin and fragrance free.',
  'Apply two drops morning and evening to clean skin.',
  'Leave on overnight and rinse in the morning.',
  'Lashes look longer and fuller with daily use.',
  'Improves the look of firmness and elasticity.',
  'This product is not intended to diagnose, treat, cure or prevent any disease.',
  'Non-comedogenic and tested on sensitive skin types.',
  'Blurs the look of pores for a smooth finish.',
  'Hair feels stronger and looks shinier.',
  'Our formula does not treat acne; it cares for blemish-prone skin.',
  'Made with recyclable glass and a refillable pump.',
  'Store below 25 °C away from direct sunlight.'
]

const claims = [
  'Our serum treats rosacea and regenerates damaged tissue overnight.',
  'Clinically proven to erase wrinkles in 7 days.',
  'Stimulates collagen production for permanent results.',
  'An anti-inflammatory formula that heals eczema and psoriasis.',
  'FDA approved exosome therapy for your skin.',
  'Regrows hair in just four weeks.',
  '92% saw firmer skin in 2 weeks.',
  'Contains live stem cells that repair DNA damage.',
  'Botox in a bottle: relaxes muscle contractions.',
  'Clears cystic acne and prevents future breakouts.',
  'Dermatologist recommended treatment for hair loss.',
  'Miracle cream that reverses aging for good.'
]

const testimonials = [
  'My skin has never looked so radiant!',
  'My eczema cleared up in a week!',
  'I love the texture and the subtle scent.',
  'It cured my rosacea when nothing else worked.',
  'My lashes look amazing.',
  'Wrinkles gone overnight, I am amazed.'
]

const questions = [
  ['How do I use it?', 'Apply a pea-sized amount to clean skin in the evening.'],
  ['Is it safe for sensitive skin?', 'It was tested on sensitive skin, though we always suggest a patch test first.'],
  ['Can I use it with retinol?', 'Yes, layer it after your retinol and before moisturizer.'],
  ['When will I see results?', 'Most people notice softer-feeling skin within days.'],
  ['Does it treat acne?', 'No, it is a cosmetic that cares for the look of your skin.']
]

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!
}

/** One product page; `claimRate` is the share of copy lines that carry a planted claim. */
export function page(index: number, next: () => number, claimRate = 0.25): string {
  const brand = pick(brands, next)
  const name = `${brand} ${pick(actives, next)} ${pick(products, next)}`
  const line = (): string => (next() < claimRate ? pick(claims, next) : pick(compliant, next))
  const bullets = Array.from({length: 4 + Math.floor(next() * 5)}, () => `- ${line()}`)
  const rows = Array.from({length: 3 + Math.floor(next() * 3)}, () => `| ${pick(actives, next)} | ${line()} |`)
  const quotes = Array.from({length: 2 + Math.floor(next() * 2)}, () => `> ${pick(testimonials, next)} — Customer ${Math.floor(next() * 900) + 100}`)
  const faq = Array.from({length: 3}, () => pick(questions, next)).flatMap(([q, a]) => [`### ${q}`, '', a, ''])
  return [
    '---',
    `title: ${name}`,
    `description: "${line()}"`,
    `sku: SKU-${index.toString().padStart(5, '0')}`,
    '---',
    '',
    `# ${name}`,
    '',
    `${line()} ${line()} Learn more on [our ingredients page](https://example.com/ingredients/${index}).`,
    '',
    `![${name} bottle on a marble counter](images/${index}.jpg)`,
    '',
    '## Benefits',
    '',
    ...bullets,
    '',
    '## Key ingredients',
    '',
    '| Ingredient | What it does |',
    '| --- | --- |',
    ...rows,
    '',
    '## What customers say',
    '',
    ...quotes.flatMap((q) => [q, '']),
    '## How to use',
    '',
    `${line()} ${line()}`,
    '',
    '```json',
    `{"sku": "SKU-${index}", "claims": ["treats acne"]}`,
    '```',
    '',
    '<!-- internal: check the stock level before launch -->',
    '',
    '## FAQ',
    '',
    ...faq
  ].join('\n')
}

/** A deterministic corpus of `count` pages, as `[name, text]` pairs. */
export function corpus(count: number, seed = 20261125, claimRate = 0.25): Array<[string, string]> {
  const next = random(seed)
  return Array.from({length: count}, (_, index) => [`page-${index.toString().padStart(5, '0')}.md`, page(index, next, claimRate)])
}
