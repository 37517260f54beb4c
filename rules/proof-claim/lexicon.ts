/** Phrase data of `proof-claim`. */
import type {Lexicon, LexiconEntry} from '@claimlint/core'

const ftc = 'FTC Act §§5 and 12: a claim of a level of proof must be backed by that proof before it runs'
const eu = 'Reg. (EU) 655/2013 common criterion 3 (evidential support)'

/** `#1` and `No. 1` rankings, found by the rule's own code because the tokenizer drops `#`. */
export const ranking = {
  phrases: ['number one', 'no.1'],
  note: `A \`#1\` or number-one ranking is a measurable claim: say who ranked it, on what, and when (${ftc}; ${eu}; CAP Code 3.7).`,
  expected: ['a customer favourite', 'loved by our community'],
  remedy: 'name the source of the ranking in a footnote, or drop it'
} as const satisfies LexiconEntry

/** Phrases, notes and rewrites of `proof-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // Experts whose endorsement is claimed (16 CFR 255.3).
    expert: [
      'dermatologist~', 'derm~', 'doctor~', 'dr', 'physician~', 'surgeon~', 'plastic surgeon~', 'pediatrician~',
      'gynecologist~', 'ophthalmologist~', 'allergist~', 'dermatology', 'expert~', 'skin expert~', 'scientist~',
      'pharmacist~', 'aesthetician~', 'esthetician~', 'nurse~', 'dentist~', 'clinician~'
    ],
    // What a person in a study is said to have perceived.
    perceive: [
      'saw', 'see', 'sees', 'notice~', 'report~', 'agree~', 'said', 'say', 'says', 'felt', 'feel', 'feels', 'found',
      'experience~', 'observe~', 'rate~', 'prefer~', 'recommend~', 'would recommend', 'love~', 'show~', 'shown',
      'had', 'claim~', 'declare~', 'confirm~'
    ],
    // Who took part in a study or survey.
    people: [
      'women', 'men', 'users', 'participants', 'subjects', 'testers', 'panelists', 'people', 'customers', 'consumers',
      'respondents', 'volunteers', 'patients', 'dermatologists', 'doctors', 'experts', 'moms', 'mothers', 'reviewers',
      'those', 'shoppers', 'clients', 'mums'
    ],
    // A measured change.
    comparative: [
      'smoother', 'firmer', 'brighter', 'softer', 'plumper', 'fewer', 'less', 'more', 'reduction', 'improvement',
      'increase', 'decrease', 'boost', 'longer', 'thicker', 'fuller', 'younger', 'hydrated', 'radiant',
      'improved', 'reduced', 'increased', 'decreased', 'better', 'faster'
    ],
    // Verbs of a measured change: `reduces wrinkles by 45 %`.
    change: [
      'reduce~', 'improve~', 'increase~', 'boost~', 'decrease~', 'lower~', 'cut~', 'enhance~', 'minimize~',
      'lessen~', 'diminish~', 'smooth~', 'brighten~', 'firm~', 'hydrate~', 'plump~', 'lift~', 'rise~', 'drop~',
      'fall~', 'fell'
    ],
    // Who a proof claim says tested a product: `proven by independent labs`.
    tester: ['independent lab~', 'independent laboratories', 'lab~', 'laboratory', 'laboratories', 'scientist~', 'dermatologist~', 'expert~', 'third-party lab~', 'experts'],
    // Where a ranking claims to hold: `best-selling serum in America`.
    market: ['america', 'us', 'usa', 'uk', 'canada', 'europe', 'world', 'amazon', 'sephora', 'ulta', 'boots', 'market', 'country', 'category'],
    // Products a ranking applies to.
    product: ['serum~', 'cream~', 'moisturizer~', 'brand~', 'product~', 'skincare', 'formula~'],
    // Words that say a study stands behind a claim.
    study: [
      'study', 'studies', 'research', 'clinical study', 'clinical studies', 'clinical trial~', 'clinical test~',
      'clinical testing', 'consumer study', 'consumer studies', 'independent study', 'independent studies', 'user trial~',
      'test~', 'testing', 'lab test~', 'laboratory test~', 'science', 'data', 'evidence', 'survey~'
    ]
  },
  entries: [
    {
      phrases: [
        'clinically|clinical|scientifically|medically|dermatologically|independently|laboratory|lab proven|proved|tested|shown|validated|backed|demonstrated|studied|confirmed',
        'clinically|scientifically effective', 'allergy tested', 'clinical|scientific proof|evidence|result~', 'proven result~|formula~|efficacy|effective|benefit~|performance',
        'proven|proved to *', 'science|research|evidence backed|based', 'backed by science|research|studies|data|evidence',
        'backed by clinical studies|trials|research', 'clinically-proven', 'clinically-tested', 'scientifically-proven', 'dermatologically-tested',
        'proven|proved|validated|confirmed|tested in|by ... @study|@tester', 'double-blind|placebo-controlled|randomized|randomised|peer-reviewed ... study|studies|trial~|research|test~'
      ],
      note: `"Clinically proven" and its kin promise a specific level of scientific proof (${ftc}; ${eu}; CAP Code 3.7 and 12.1).`,
      expected: ['formulated with hyaluronic acid', 'skin feels softer and smoother'],
      remedy: 'tie it to its study with a footnote on the page, or describe the benefit instead'
    },
    {
      phrases: [
        '@expert recommend~|approved|endorsed|trusted|preferred|tested|certified|backed|favorite|choice|pick|developed|formulated',
        'recommended|approved|endorsed|trusted|preferred|tested|developed|formulated by [leading|top|board-certified|independent] @expert',
        "dermatologist's|doctor's|derm's|expert's|dermatologists'|doctors' choice|pick|favorite",
        'recommended|approved|endorsed|trusted|preferred|used|chosen|loved|prescribed by [#num] [leading|top|board-certified|independent] @expert',
        'derm-approved', 'dermatologist-approved', 'doctor-approved', 'dermatologist-recommended', 'doctor-recommended', 'derm-recommended',
        '@expert ... recommend~|recommended|endorse~|prescribe~ it|this|our|these|them', 'recommend~ it|this|them ... to [all] [my|our] patients|clients'
      ],
      note:
        'An expert endorsement needs the expert and the basis behind it: the endorsement must reflect their honest, informed ' +
        `opinion (16 CFR 255.3; ${ftc}; CAP Code 12.3).`,
      expected: ['gentle enough for daily use', 'suitable for sensitive skin'],
      remedy: 'name the expert and the test in a footnote on the page, or drop it'
    },
    {
      phrases: [
        '@study show~|prove~|proved|confirm~|demonstrate~|reveal~|suggest~|found|find~|indicate~',
        '@study have|has shown|proven|proved|found|confirmed|demonstrated', 'in [a|an|our|the|recent|one] @study', 'according to [a|an|our|the|recent] @study', '@study backed|proven|based',
        'test result~ show~'
      ],
      note: `Invoking studies or research claims that evidence exists and supports the promise (${ftc}; ${eu}; CAP Code 3.7).`,
      expected: ['formulated with hyaluronic acid'],
      remedy: 'cite the study in a footnote on the page, or describe the benefit instead'
    },
    ranking,
    {
      phrases: [
        'most effective|recommended|trusted|prescribed|awarded|clinically-tested|clinically-proven', 'top-rated', 'best-rated',
        'award-winning formula|results|efficacy', 'best-selling|bestselling|top-selling [@product] in|on [the] @market',
        'the only * proven|tested|shown|validated', 'the only * * proven|tested|shown|validated'
      ],
      note: `A superlative of efficacy or trust is a comparative claim that needs evidence against the named rivals (${ftc}; ${eu}; CAP Code 3.33).`,
      expected: ['a customer favourite'],
      remedy: 'name the basis in a footnote on the page, or drop it'
    },
    {
      kind: 'statistic claim',
      phrases: [
        '#num %|percent [of] [all] [the] [our] @people', '#num %|percent [of] [all] [the] [our] @people ... @perceive',
        '#num %|percent @perceive', '#num in|of #num @people', '#num out of #num [@people]', '#num in|of #num @people ... @perceive',
        '#num out of #num @people ... @perceive', '#num in|of #num @perceive', '#num out of #num @perceive', '#num @people ... @perceive', '[up] [to] #num %|percent @comparative',
        '[up] [to] #num times|x @comparative', '[up] [to] 2x|3x|4x|5x|10x|twice|double|triple @comparative',
        '@change ... by [up] [to] #num %|percent|times', '@change ... by over|nearly|almost|around|about #num %|percent|times'
      ],
      note:
        `A percentage, ratio or multiplier of results reports a study; it needs that study and its size and duration next to it (${ftc}; 16 CFR 255.2; ${eu}; CAP Code 3.7).`,
      expected: ['skin feels softer and smoother', 'formulated with hyaluronic acid'],
      remedy: 'give the study behind the number in a footnote on the page'
    }
  ],
  allow: ['tested on animals', 'patch test~', 'test~ on a small area', 'step|rule|tip|day|size|shade number one']
} as const satisfies Lexicon
