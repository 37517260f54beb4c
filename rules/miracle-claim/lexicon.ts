/** Phrase data of `miracle-claim`. */
import type {Lexicon, LexiconEntry} from '@claimlint/core'

const ftc = 'FTC Act §§5 and 12 require a reasonable basis before an objective efficacy claim runs'
const eu = 'Reg. (EU) 655/2013 common criteria of truthfulness and evidential support'

/** A result promised within hours, days or one use: a study can back it (see `timeBound`). */
const timeBoundResult = {
  phrases: [
    'overnight @outcome', '@outcome ... overnight', '@outcome ... tomorrow', '@outcome ... by morning',
    'by tomorrow|morning ... @outcome', '@outcome ... in|within|after [just|only] [the|a] #num|a|one|few|first|single @unit',
    'in|within|after [just|only] [the|a] #num|a|one|few|first|single @unit ... @outcome', '@outcome ... in|within [just|only] a few @unit',
    'work~|result~ in|within [just|only] #num|a|one|few @unit', 'work~|result~ in|within [just|only] seconds|minutes|hours',
    '@outcome ... in an instant', '@outcome ... in|within seconds|minutes|hours|days'
  ],
  note:
    `A result promised within hours, days or one use is a time-bound efficacy claim that needs matching evidence (${ftc}; ${eu}).`,
  expected: ['skin looks smoother with continued use', 'wake up to skin that feels soft and smooth'],
  remedy: 'drop the promised timing unless a study backs it'
} as const satisfies LexiconEntry

/** Wrinkles or pores reduced within days: a study can back it (see `timeBound`). */
const timeBoundReduction = {
  phrases: [
    'reduce~|minimize~|diminish~|shrink~ ... in|within|after [just|only] [the|a] #num|a|one|few|first|single @unit',
    'reduce~|minimize~|diminish~|shrink~ ... in|within seconds|minutes|hours|days|overnight'
  ],
  note:
    `Reducing wrinkles or pores within days or one use is a time-bound efficacy claim that needs matching evidence (${ftc}; ${eu}); ` +
    'a quick change to how skin looks (`reduces the look of puffiness in minutes`) is an optical effect.',
  expected: ['skin looks smoother with continued use', 'reduces the look of puffiness'],
  remedy: 'drop the promised timing unless a study backs it, or say the quick change is in how skin looks',
  qualifiable: true
} as const satisfies LexiconEntry

/**
 * The time-bound entries: unlike miracle, instant, permanent or guaranteed
 * results, a promised timing is true when a study measured it, so the rule
 * passes it when the sentence cites a register entry with measured evidence.
 */
export const timeBound: ReadonlySet<LexiconEntry> = new Set<LexiconEntry>([timeBoundResult, timeBoundReduction])

/** Phrases, notes and rewrites of `miracle-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // What a result claim promises; make-up verbs (cover, blur, mattify) are left out on purpose.
    outcome: [
      'result~', 'visible result~', 'noticeable result~', 'dramatic result~', 'real result~', 'amazing result~',
      'difference', 'transformation', 'transform~', 'younger', 'gone', 'disappear~', 'vanish~', 'erase~',
      'eliminate~', 'reverse~', 'fade~', 'lift~', 'tighten~', 'firm~', 'rejuvenate~',
      'wrinkle-free', 'line-free', 'spot-free', 'improvement', 'facelift', 'face-lift',
      // Drug and structure verbs promised in a short time (`regenerates damaged tissue overnight`).
      'regenerate~', 'repair~', 'heal~', 'cure~', 'clear~', 'restore~', 'rebuild~',
      // Relief and a new face promised in a short time (`relief within minutes`, `a brand-new face by morning`).
      'relief', 'relieve~', 'new face', 'brand-new face', 'new skin', 'brand-new skin', 'a new you', 'new you'
    ],
    // Units of a short promised time: `in 7 days`, `after one use`, `within minutes`.
    unit: ['second~', 'minute~', 'hour~', 'day~', 'night~', 'use~', 'application~', 'wash~', 'week'],
    // Signs of ageing an eraser claim promises to remove.
    sign: [
      'wrinkle~', 'line~', 'fine line~', "crow's feet", 'age spot~', 'dark spot~', 'sun spot~', 'sign~ of aging',
      'aging', 'sagging', 'cellulite', 'stretch mark~', 'eye bag~', 'dark circle~'
    ],
    // Drugs, devices and procedures a cosmetic must not be compared with.
    procedure: [
      'botox', 'botulinum toxin', 'neurotoxin~', 'filler~', 'dermal filler~', 'lip filler~', 'injection~',
      'injectable~', 'needle~', 'surgery', 'plastic surgery', 'cosmetic surgery', 'facelift', 'face-lift',
      'surgical facelift', 'laser~', 'laser treatment~', 'laser resurfacing', 'microneedling', 'micro-needling',
      'chemical peel~', 'microdermabrasion', 'dermabrasion', 'radiofrequency', 'ultherapy', 'thermage',
      'liposuction', 'coolsculpting', 'ipl', 'prescription retinoid~', 'prescription retinol', 'tretinoin',
      'retin-a', 'prescription cream~', 'prescription drug~', 'in-office treatment~', 'cosmetic procedure~',
      'a facelift', 'a face-lift', 'a laser', 'a laser treatment', 'a chemical peel', 'the knife', 'a scalpel',
      // Biologic and clinic procedures (claims primer, families 5 and 8).
      'prp', 'prp facial~', 'platelet-rich plasma', 'vampire facial~', 'exosome therapy', 'exosome injection~', 'exosome facial~',
      'stem cell therapy', 'stem cell treatment~', 'professional peel~', 'in-office peel~', 'in-clinic peel~', 'in-office facial~',
      'in-clinic facial~', 'professional facial~',
      'prescription~', 'prescription medication~', 'medication~', 'steroid~', 'steroid cream~', 'hydrocortisone', 'cortisone',
      'dermatologist~ injectable~', 'microneedling session~'
    ],
    // Words that set up a comparison with a procedure.
    compare: [
      'like', 'just like', 'as effective as', 'as good as', 'as powerful as', 'as strong as', 'better than',
      'more effective than', 'stronger than', 'comparable to', 'similar to', 'same results as', 'equivalent to',
      'rival~', 'mimic~', 'replace~', 'instead of', 'alternative to', 'substitute for', 'replacement for',
      'answer to', 'dupe for', 'as well as', 'just as well as', 'the way', 'the same way', 'the same as', 'same as',
      'same effect as', 'the same effect as', 'the same results as', 'does the same as', 'outperform~', 'beat~', 'beats'
    ],
    // Words that set a procedure aside for the product: `skip the filler appointment`, `forget fillers`.
    dismiss: ['skip~', 'forget', 'ditch~', 'cancel~', 'stop~', 'swap~', 'trade~', 'quit', 'say goodbye to', 'bye bye', 'no need for'],
    // Whose procedure: `skip your filler appointment`.
    their: ['the', 'your', 'my', 'those', 'that', 'expensive', 'pricey', 'painful', 'costly'],
    // Feelings on application that pass: `the tingling fades within a minute`.
    sensation: ['tingling', 'tingle', 'tingles', 'stinging', 'sting', 'warmth', 'warming', 'sensation', 'flush', 'flushing', 'prickling'],
    // Skin, absolute adjectives and time for `smooth skin forever`.
    forever: ['forever', 'permanently', 'for good', 'for life'],
    body: ['skin', 'complexion', 'face', 'lips', 'lashes', 'body', 'you'],
    // An absolute end of a sign: `completely gone`, `totally erased`.
    wholly: ['completely', 'totally', 'entirely', 'fully', '100 %', '100 percent', 'permanently'],
    ended: ['gone', 'vanished', 'disappeared', 'erased', 'eliminated', 'cleared', 'cleared up', 'healed', 'wiped out', 'banished']
  },
  entries: [
    {
      phrases: ['miracle~', 'miraculous', 'miraculously', 'wonder cream~', 'wonder serum~'],
      note: `A miracle is by definition a result no evidence supports; ${ftc}, and ${eu} exclude it.`,
      expected: ['a favourite in our range', 'leaves skin feeling soft and smooth'],
      remedy: 'describe the actual cosmetic benefit instead'
    },
    {
      phrases: [
        'magic|magical result~|formula~|cream~|serum~|potion~|effect~|ingredient~|bullet|elixir~',
        'work~ like magic', 'magically', 'pure|sheer|absolute|total|real|liquid|bottled magic', 'magic in a|the bottle|jar|tube',
        'magic for|on [your] skin|face|wrinkles|lines|complexion', 'magic for|on tired|dull|aging|ageing|mature|dry skin'
      ],
      note: `Magic promises an effect beyond what a cosmetic can substantiate (${ftc}; ${eu}).`,
      expected: ['leaves skin feeling soft and smooth', 'a light, fast-absorbing formula'],
      remedy: 'describe the actual cosmetic benefit instead'
    },
    {
      phrases: [
        'guaranteed result~', 'result~ guaranteed', 'guaranteed to *', 'guarantee~ [you] [will] [see] result~',
        '100 % effective|guaranteed|results|success', '100 percent effective|guaranteed', 'work~ for everyone|everybody',
        'effective for everyone|everybody', 'work~ every time', 'result~ for everyone|everybody', 'work~ on everyone|everybody',
        'guaranteed'
      ],
      note:
        `Guaranteed, 100 % or universal results claim certainty that no study of real users shows (${ftc}; ${eu}; CAP Code 3.7).`,
      expected: ['suitable for all skin types', 'designed for daily use'],
      remedy: 'state what the product does for most users and keep the proof'
    },
    timeBoundResult,
    timeBoundReduction,
    {
      phrases: [
        'instant|immediate|instantaneous|instantly|immediately [visible] result~|transformation|facelift|face-lift|lift|youth',
        'instantly|immediately younger', 'instant|immediate anti-aging'
      ],
      note: `Instant results claim an effect no topical product delivers at once; only optical and make-up effects are instant (${ftc}; ${eu}).`,
      expected: ['instantly covers redness', 'blurs the look of pores'],
      remedy: 'make clear the instant effect is optical or make-up'
    },
    {
      phrases: ['instant~|instantly|immediately|instantaneously ... @outcome', '@outcome ... instantly|immediately|instantaneously'],
      note:
        `An instant change to wrinkles or firmness is a miracle claim unless it is an optical or make-up effect (${ftc}; ${eu}).`,
      expected: ['instantly smooths the look of fine lines', 'skin looks firmer'],
      remedy: 'say the instant effect is on how skin looks',
      qualifiable: true
    },
    {
      phrases: ['erase~|eliminate~|banish~|remove~|zap~ ... @sign', 'wipe~ away ... @sign', 'get~ rid of ... @sign', 'wrinkle eraser~'],
      note:
        `Erasing or eliminating wrinkles promises their complete removal, which no cosmetic achieves; ${eu} and ${ftc} require a truthful, supported claim.`,
      expected: ['softens the look of fine lines', 'skin looks smoother'],
      remedy: 'promise a visible softening instead'
    },
    {
      phrases: ['@wholly @ended', '@sign ... reversed|undone|eliminated|banished', 'aging|ageing|time reversed|undone|stopped'],
      note: `A sign of ageing or a condition said to be completely gone or reversed promises a total result no cosmetic shows (${ftc}; ${eu}).`,
      expected: ['skin looks smoother', 'softens the look of fine lines'],
      remedy: 'promise a visible softening instead'
    },
    {
      phrases: [
        'take~ ... years|decade|decades off', 'a decade younger', 'look~ a decade|years younger',
        'reverse~|undo~|stop~|halt~|freeze~ [the] aging|time|clock', 'reverse~|undo~|stop~|halt~ [the] sign~|effect~ of aging|time',
        'reverse~ [the] aging process', 'turn~ back [the] clock|time', 'age in reverse', 'fountain of youth',
        '#num years younger', '#num years younger ... in|within|after [just|only] #num|a|one|few @unit'
      ],
      note: `Reversing or stopping ageing is a biological result no cosmetic delivers (${ftc}; ${eu}; CAP Code 12.1).`,
      expected: ['helps skin look radiant and refreshed', 'skin looks smoother'],
      remedy: 'describe how skin looks instead'
    },
    {
      phrases: ['never age again', 'never look older', 'never get~ wrinkles|older'],
      note: `Promising that skin will never age claims a permanent biological result (${ftc}; ${eu}; CAP Code 12.1).`,
      expected: ['helps skin look radiant and refreshed'],
      remedy: 'describe how skin looks instead',
      // The promise itself is worded as a negation (`never`), so the shared negation judgement must not drop it.
      negatable: false
    },
    {
      phrases: [
        'permanent result~|solution~|effect~|improvement~|fix|reduction|change~', 'permanently ... @outcome|@sign',
        'permanently remove~|reduce~|stop~|end~', 'permanent hair removal|reduction',
        '@outcome|@sign ... @forever', 'gone for good', 'forever young', 'last~ forever', '@body ... @forever',
        'forever smooth|young|younger|youthful|flawless|firm|radiant|wrinkle-free', 'goodbye|bye to ... @forever'
      ],
      note: `A cosmetic's effect lasts only while it is used; permanent results need evidence no cosmetic has (${ftc}; ${eu}).`,
      expected: ['long-lasting hydration', 'keep using it for best results'],
      remedy: 'describe how long the effect lasts with use'
    },
    {
      kind: 'procedure comparison',
      phrases: [
        '@procedure in a|the bottle|jar|tube|tub|pot|cream|serum|compact',
        '@procedure like|style result~|effect~|finish|lift|smoothing|formula~', '@compare ... @procedure',
        '#num % of|as ... @procedure', 'in-office|in-clinic result~', '@procedure result~|effect~ at|from home',
        '@procedure result~|effect~ without', '@procedure ... now in|as a|an [topical|at-home] cream|serum|balm|gel|mask|topical|jar|bottle',
        '@dismiss [@their] @procedure', '@procedure ... didn’t|didn\'t|couldn’t|couldn\'t|failed', '@procedure ... did|could not',
        'botox-in-a-bottle', 'facelift-in-a-jar', 'filler-in-a-jar', 'filler-in-a-bottle', 'botox-in-a-jar'
      ],
      note:
        'Comparing a cosmetic with a drug, device or procedure claims drug-like efficacy it cannot show and implies a drug use ' +
        `(FD&C Act §201(g)(1); ${ftc}; CAP Code 12.1; ${eu}).`,
      expected: ['skin looks smoother and more refreshed', 'a smoothing cream for everyday use'],
      remedy: 'drop the comparison and describe the cosmetic effect'
    },
    {
      kind: 'procedure comparison',
      phrases: ['why pay|spend for|on [@their] @procedure', 'why book|risk [@their] @procedure'],
      note:
        '`Why pay for Botox?` asks only to answer that the product does the same: a comparison with a drug or procedure that claims ' +
        `drug-like efficacy (FD&C Act §201(g)(1); ${ftc}; CAP Code 12.1).`,
      expected: ['skin looks smoother and more refreshed'],
      remedy: 'drop the comparison and describe the cosmetic effect',
      // A rhetorical question makes the comparison, unlike an FAQ heading that asks one (`Does it work like Botox?`).
      inQuestions: true
    },
    {
      kind: 'procedure comparison',
      phrases: [
        'needle-free|needleless|no-needle|injection-free|surgery-free [alternative|substitute|answer] [to|for] [@procedure]',
        'non-invasive|non-surgical @procedure|alternative|facelift|lift|botox',
        'without|no [the] needle~|injection~|surgery|knife|scalpel'
      ],
      note:
        'Needle-free or surgery-free wording presents a cosmetic as the alternative to an injection or an operation, ' +
        `a drug-like efficacy claim (FD&C Act §201(g)(1); ${ftc}; CAP Code 12.1).`,
      expected: ['skin looks smoother and more refreshed'],
      remedy: 'drop the comparison and describe the cosmetic effect',
      // The comparison is worded with `no`, `non-` or `without`, which the shared negation judgement would read as a denial.
      negatable: false
    }
  ],
  allow: [
    'overnight mask~|cream~|serum~|treatment~|balm~|oil~|gel~|peel~|pad~|formula~', 'leave~ [it] on overnight',
    'overnight * mask~|cream~|serum~|balm~|oil~|gel~|formula~',
    'apply overnight', 'best result~', 'optimal result~', 'satisfaction guaranteed', 'money-back guarantee~',
    'guaranteed to arrive|ship|deliver', 'permanent hair color|dye', 'permanent makeup', 'remove~ makeup',
    'gone are the days', 'satisfaction ... guaranteed', 'guaranteed authentic|genuine|fresh|delivery|secure|safe',
    'money-back guaranteed',
    // A sensation that passes is not a result: `the tingling fades within a minute`.
    '@sensation ... fade~|subside~|disappear~|pass~|settle~', '@sensation ... go~ away'
  ]
} as const satisfies Lexicon
