/**
 * Phrase data of `disease-claim`: therapeutic verbs and nouns with diseases
 * and conditions, and drug-class adjectives. Words are written in their
 * American form; core folds British spellings (`haemorrhoids`, `tumour`)
 * into them. Where core has no folding (`seborrhoeic`, `oedematous`) both
 * spellings are listed.
 */
import type {Lexicon} from '@claimlint/core'

/** Verbs that promise to treat, cure, mitigate or prevent (21 U.S.C. 321(g)(1)(B)). */
const therapy = [
  'treat~', 'cure~', 'heal~', 'prevent~', 'relieve~', 'alleviate~', 'fight~', 'clear~', 'remedy~',
  'eliminate~', 'combat~', 'soothe~', 'calm~', 'ease~', 'mitigate~', 'reduce~', 'stop~', 'beat~',
  'banish~', 'eradicate~', 'kill~', 'zap~', 'tackle~', 'control~', 'manage~', 'reverse~', 'suppress~',
  'get~ rid of', 'remove~', 'diminish~', 'lessen~', 'shrink~', 'resolve~', 'repair~', 'target~',
  'attack~', 'defeat~', 'conquer~', 'overcome~', 'battle~', 'counteract~', 'address~', 'fade~',
  'lighten~', 'improve~', 'protect~', 'help~ with', 'recover~ from', 'correct~'
]

/** Verbs for lesions whose look is a cosmetic concern (scars, cellulite, breakouts). */
const lesionTherapy = ['clear~', 'eliminate~', 'remove~', 'get~ rid of', 'banish~', 'zap~', 'stop~']

/** Verbs that treat a lesion as a disease, whatever its look (a qualifier does not rescue them). */
const lesionCure = ['treat~', 'cure~', 'heal~', 'prevent~', 'fight~', 'eradicate~', 'combat~', 'remedy~', 'kill~', 'repair~']

/** Verbs that only lessen a lesion: a grey zone that the appearance qualifier resolves. */
const lesionLessening = ['reduce~', 'fade~', 'diminish~', 'minimize~', 'lighten~', 'lessen~', 'improve~', 'soften~', 'shrink~']

/** Phrase data of `disease-claim`: word classes, claims and allowed audience phrases. */
export const lexicon = {
  classes: {
    therapy,
    lesionTherapy,
    lesionCure,
    lesionLessening,
    /** Diseases and medical conditions: the object of a disease claim. */
    condition: [
      // Acne (also an OTC drug category in the US, 21 CFR 333 subpart D).
      'acne', 'acne vulgaris', 'acne rosacea', 'cystic acne', 'hormonal acne', 'adult acne',
      'teen|teenage acne', 'body|back acne', 'bacne', 'fungal acne', 'nodular acne',
      'acne lesion~', 'acne breakout~', 'acne cyst~', 'acne flare~', 'acne flare-up~',
      // Rosacea, eczema, dermatitis, psoriasis.
      'rosacea', 'ocular rosacea', 'papulopustular rosacea', 'rhinophyma',
      'eczema|eczemas', 'atopic eczema', 'dyshidrotic eczema', 'nummular eczema', 'hand eczema',
      'varicose eczema', 'eczema flare~', 'eczema flare-up~', 'dermatitis', 'atopic dermatitis',
      'contact dermatitis', 'allergic contact dermatitis', 'irritant contact dermatitis',
      'seborrheic|seborrhoeic dermatitis', 'perioral dermatitis', 'stasis dermatitis',
      'radiation dermatitis', 'diaper dermatitis', 'photodermatitis', 'neurodermatitis', 'cradle cap',
      'seborrhea|seborrhoea', 'psoriasis', 'plaque psoriasis', 'scalp psoriasis', 'guttate psoriasis',
      'psoriatic plaque~', 'psoriatic arthritis', 'psoriasis flare~', 'psoriasis flare-up~',
      // Pigment disorders.
      'melasma', 'chloasma', 'vitiligo', 'leukoderma', 'hypopigmentation', 'pigmentation disorder~',
      // Hair loss.
      'alopecia', 'alopecia areata', 'androgenetic alopecia', 'traction alopecia', 'hair loss',
      'male pattern baldness', 'female pattern hair loss', 'baldness', 'balding', 'bald spot~',
      'hair thinning', 'receding hairline~', 'telogen effluvium', 'hirsutism',
      // Wounds, burns and injuries.
      'wound~', 'open wound~', 'chronic wound~', 'skin ulcer~', 'ulcer~', 'ulceration~', 'leg ulcer~',
      'diabetic ulcer~', 'venous ulcer~', 'pressure sore~|ulcer~', 'bedsore~', 'minor burn~',
      'burn wound~', 'first-degree|second-degree burn~', 'radiation burn~', 'minor cuts',
      'cuts and scrapes', 'scrape~', 'abrasion~', 'laceration~', 'blister~', 'frostbite', 'chilblain~',
      'bruise~|bruising', 'sprain~', 'fissure~', 'cracked skin', 'cracked heels', 'skin lesion~', 'lesion~',
      // Infections and infestations.
      'infection~', 'skin infection~', 'bacterial infection~', 'fungal infection~', 'viral infection~',
      'yeast infection~', 'staph infection~', 'mrsa', 'impetigo', 'cellulitis', 'erysipelas',
      'folliculitis', 'pseudofolliculitis barbae', 'boil~', 'carbuncle~', 'abscess~', 'ringworm',
      "athlete's foot", 'jock itch', 'tinea', 'tinea versicolor', 'tinea capitis', 'nail fungus',
      'toenail fungus', 'onychomycosis', 'paronychia', 'fungus|fungi', 'candida', 'candidiasis', 'thrush',
      'cold sore~', 'fever blister~', 'herpes', 'shingles', 'chickenpox', 'chicken pox', 'measles',
      'wart~', 'plantar wart~', 'genital wart~', 'verruca|verrucas|verrucae', 'molluscum contagiosum',
      'scabies', 'lice', 'head lice', 'infestation~', 'parasite~', 'mpox|monkeypox', 'covid|covid-19',
      'coronavirus', 'flu|influenza', 'common cold', 'colds', 'conjunctivitis', 'pink eye', 'stye~',
      'blepharitis', 'gingivitis', 'gum disease', 'periodontitis', 'tooth decay', 'canker sore~',
      'mouth ulcer~', 'cheilitis', 'angular cheilitis',
      // Inflammation, itch and allergy.
      'inflammation', 'skin inflammation', 'inflamed skin', 'swelling', 'edema', 'lymphedema',
      'itching', 'itchiness', 'itch|itches', 'pruritus', 'hives', 'urticaria', 'insect bite~',
      'bug bite~', 'mosquito bite~', 'bee|insect sting~', 'poison ivy', 'poison oak',
      'poison sumac', 'prickly heat', 'heat rash~', 'rash~', 'skin rash~', 'diaper rash~',
      'allergic reaction~', 'allergy|allergies', 'hay fever', 'sun poisoning', 'polymorphous light eruption',
      // Pain.
      'pain', 'joint pain', 'muscle pain', 'back pain', 'nerve pain', 'arthritis', 'rheumatoid arthritis',
      'osteoarthritis', 'sore muscles', 'muscle ache~', 'aches and pains', 'headache~', 'migraine~',
      'neuropathy', 'sciatica', 'tendinitis|tendonitis', 'gout', 'fibromyalgia', 'menstrual cramps',
      // Other skin diseases and growths.
      'keratosis pilaris', 'actinic keratosis|keratoses', 'seborrheic|seborrhoeic keratosis|keratoses',
      'hyperkeratosis', 'ichthyosis', 'xerosis', 'hyperhidrosis', 'bromhidrosis', 'lichen planus',
      'lichen sclerosus', 'pemphigus', 'pemphigoid', 'epidermolysis bullosa', 'scleroderma',
      'dermatomyositis', 'hidradenitis suppurativa', 'pyoderma', 'intertrigo', 'pityriasis rosea',
      'keloid~', 'hypertrophic scar~', 'skin tag~', 'mole~', 'cyst~', 'callus|calluses',
      'corns and calluses', 'bunion~', 'ingrown toenail~', 'telangiectasia', 'hemangioma~',
      'port-wine stain~', 'varicose vein~', 'phlebitis', 'hemorrhoids',
      // Systemic diseases named in cosmetic copy.
      'diabetes', 'cancer', 'skin cancer', 'melanoma', 'carcinoma', 'basal cell carcinoma',
      'squamous cell carcinoma', 'tumor~', 'heart disease', 'high blood pressure', 'hypertension',
      'high cholesterol', 'obesity', 'insomnia', 'anxiety', 'depression', 'asthma', 'dementia',
      "alzheimer's", "alzheimer's disease", "parkinson's", "parkinson's disease", 'lupus', 'lyme disease',
      'hepatitis', 'sepsis', 'autoimmune disease~', 'thyroid disease~', 'menopause|menopausal symptoms',
      'hot flash~|flush~', 'pms', 'erectile dysfunction',
      // Further skin, hair and body conditions named in dermatology references.
      'seborrheic keratosis|keratoses', 'angioedema', 'trichotillomania', 'lipedema', 'halitosis',
      'bedsore~', 'bed sore~', 'pressure sore~', 'pressure ulcer~', 'sarcoidosis', 'morphea', 'prurigo',
      'prurigo nodularis', 'granuloma annulare', 'bullous pemphigoid', 'pemphigoid', 'eczema herpeticum',
      'exogenous ochronosis', 'polycystic ovary syndrome', 'pcos', 'dermatographism', 'erythema multiforme',
      'necrobiosis lipoidica', 'pilonidal cyst~', 'ganglion cyst~', 'hyperkeratosis',
      // Generic names of disease.
      'disease~', 'skin disease~', 'skin disorder~', 'skin condition~', 'medical condition~',
      'chronic condition~', 'dermatosis|dermatoses', 'illness~', 'ailment~'
    ],
    /** Past forms that report a condition as treated: `my eczema cleared up`, `acne is gone`. */
    cured: ['cleared', 'clears', 'cured', 'healed', 'heals', 'treated', 'gone', 'disappeared', 'disappears', 'vanished', 'vanishes', 'resolved', 'resolves'],
    /** Skin that `heals` names as damaged, the object of a healing claim. */
    healable: [
      '[dry|damaged|broken|irritated|sore|chapped|cracked] skin',
      '[dry|damaged|broken|irritated|sore|chapped|cracked] lips',
      '[dry|damaged|broken|irritated|sore|chapped|cracked] hands',
      '[dry|damaged|broken|irritated|sore|chapped|cracked] heels'
    ],
    /**
     * Lesions and marks whose look is a cosmetic concern: treating or
     * removing them is a drug claim, lessening how they look is not.
     */
    lesion: [
      'scar~', 'scarring', 'acne scar~', 'acne mark~', 'post-acne mark~', 'surgical scar~',
      'stretch mark~', 'striae', 'cellulite', 'hyperpigmentation', 'post-inflammatory hyperpigmentation',
      'breakout~', 'pimple~', 'zit~', 'pustule~', 'papule~', 'spider vein~', 'broken capillaries', 'milia'
    ]
  },
  entries: [
    {
      phrases: [
        '@therapy ... @condition',
        'relieve~|stop~|soothe~ [dry] itchy skin|scalp',
        'heal~ [and] [repair~] [your|the] @healable',
        '@condition [plaques|patches|lesions|symptoms|outbreaks] [is|are|was|were|has|have|had] [been|now] [completely|totally|fully|finally|all|visibly] @cured [up]',
        '@condition ... @cured [up] completely|entirely|fully',
        '@condition [is|are|was|were] [now] [finally|completely] under control',
        '@lesion [is|are|was|were|has|have|had] [been|now] [completely|totally|fully|finally|all|visibly] cleared|cured|healed|treated [up]',
        '@condition went|go~ away',
        '@condition [patch|patches|spot|spots|plaque|plaques] [are|is|were|have|has] [finally|slowly|all] filling|filled|fills in',
        'goodbye|bye-bye to @condition',
        'say~ goodbye|bye|no to [your] @condition',
        'no more @condition',
        '@condition free'
      ],
      note:
        'Treating, curing, relieving or preventing a disease or condition is a drug use: the product becomes an unapproved new drug in the US (21 U.S.C. 321(g)(1)(B), 355(a)) and a medicinal product by presentation in the EU and UK (Directive 2001/83/EC Art. 1(2)). Hedges (`may help`, `designed to`) and quoted testimonials keep the claim.',
      expected: ['soothes the look of redness', 'for skin prone to blemishes', 'calms the feeling of dryness']
    },
    {
      phrases: [
        '[for] [the] treatment~|therapy|therapies|remedy|remedies|cure~|relief|medicine~|medication~|solution~|fix|prevention for|of|from|against ... @condition',
        '@condition treatment~|therapy|therapies|relief|remedy|remedies|cure~|fighter~|fighting|buster~|killer~|solution~|control|medicine~|medication~|prevention|rescue|healing|calming|soothing|clearing',
        'anti @condition'
      ],
      note:
        'A product presented as a treatment, remedy, relief or cure for a disease, or named after one (`Rosacea Relief Serum`, `anti-eczema`), is a drug by its intended use (21 U.S.C. 321(g)(1)(B)) and a medicinal product by presentation in the EU (Directive 2001/83/EC Art. 1(2)).',
      expected: ['a soothing serum for sensitive skin', 'for skin prone to blemishes']
    },
    {
      // Joined words as hashtags are written (`#AcneTreatment`); spaced forms are the entry above.
      phrases: [
        'acnetreatment|acnecure|acnerelief|acneremedy|acnefighter|acnefighting|acnefree|acnesolution|antiacne',
        'eczematreatment|eczemacure|eczemarelief|eczemaremedy|eczemafree|eczemasolution',
        'psoriasistreatment|psoriasiscure|psoriasisrelief|psoriasisremedy|psoriasisfree',
        'rosaceatreatment|rosaceacure|rosacearelief|rosacearemedy|rosaceafree',
        'dermatitistreatment|dermatitisrelief|melasmatreatment|vitiligotreatment|alopeciatreatment',
        'hairlosstreatment|hairlosscure|hairlossremedy|coldsoretreatment|coldsorerelief|itchrelief|painrelief',
        'cureacne|cureeczema|curepsoriasis|healeczema|treatacne|fightacne|beatacne|curedmyacne|curedmyeczema'
      ],
      note:
        'Hashtags are copy too: `#acnetreatment` or `#eczemarelief` on a product post states the intended use as plainly as a sentence (21 U.S.C. 321(g)(1)(B); FDA warning letters quote brands\' social media posts).',
      expected: ['#sensitiveskin', '#skincareroutine'],
      remedy: 'tag the skin type or routine instead'
    },
    {
      phrases: [
        '@lesionTherapy ... @lesion',
        '@lesion treatment~|remedy|remedies|cure~|removal|remover~|fighter~|fighting',
        '[for] [the] treatment~|remedy|remedies|cure~|removal of|for ... @lesion'
      ],
      note:
        'Scars, stretch marks, cellulite, hyperpigmentation and acne breakouts are lesions: treating, healing, preventing or removing them is a drug claim, while describing how they look (`reduces the look of scars`) is cosmetic (FDA, Is It a Cosmetic, a Drug, or Both?).',
      expected: ['reduces the look of scars', 'helps skin look clearer'],
      qualifiable: true
    },
    {
      phrases: ['@lesionCure ... @lesion'],
      note:
        'Treating, healing, preventing or fighting scars, stretch marks, cellulite, hyperpigmentation or acne breakouts treats a lesion as a disease: a drug use in the US (21 U.S.C. 321(g)(1)(B)) that an appearance word does not change (FDA, Is It a Cosmetic, a Drug, or Both?).',
      expected: ['reduces the look of marks and scars', 'helps skin look clearer']
    },
    {
      phrases: ['@lesionLessening ... @lesion'],
      note:
        'Lessening a lesion without saying that it is its look (`fades scars`, `reduces cellulite`) reads as a change to the skin itself; regulators differ, so say it is the look that changes (FDA, Is It a Cosmetic, a Drug, or Both?; Reg. (EU) 655/2013 common criteria).',
      expected: ['reduces the look of marks and scars', 'visibly smooths the look of cellulite'],
      kind: 'unqualified lesion claim',
      remedy: 'say it changes how skin looks',
      severity: 'warn',
      qualifiable: true
    },
    {
      phrases: ['anti-inflammatory|anti-inflammatories'],
      note:
        'Anti-inflammatory names a drug action on a disease process: a product described by it is a drug (21 U.S.C. 321(g)(1)(B)) and a medicinal product by presentation in the EU (Directive 2001/83/EC Art. 1(2)).',
      expected: ['soothing', 'calming'],
      kind: 'drug-class claim',
      remedy: 'name a cosmetic effect instead',
      fix: 'soothing'
    },
    {
      phrases: [
        'anti-bacterial|anti-microbial|anti-fungal|anti-viral|anti-septic|anti-infective|anti-mycotic|anti-parasitic',
        'anti-biotic~|germicidal|germicide~|bactericidal|fungicidal|virucidal|disinfectant~|medicated'
      ],
      note:
        'Antibacterial, antimicrobial, antifungal, antiviral and antiseptic name an action against infection: topical antiseptics are OTC drugs in the US (21 U.S.C. 321(g)(1)(B); 21 CFR 333) and medicinal by presentation in the EU (Directive 2001/83/EC Art. 1(2)).',
      expected: ['cleansing', 'purifying'],
      kind: 'drug-class claim',
      remedy: 'name a cosmetic effect instead'
    },
    {
      phrases: [
        'analgesic~|anesthetic~|anaesthetic~|anti-pruritic|anti-itch|anti-histamine~|anti-allergic|anti-rheumatic|anti-pyretic|decongestant~',
        'numbing cream|gel|agent|effect'
      ],
      note:
        'Analgesic, anesthetic, anti-itch and antihistamine name an action on pain, itch or allergy: external analgesics are OTC drugs in the US (21 U.S.C. 321(g)(1)(B); 21 CFR 348) and medicinal by presentation in the EU (Directive 2001/83/EC Art. 1(2)).',
      expected: ['cooling', 'comforting'],
      kind: 'drug-class claim',
      remedy: 'name a cosmetic effect instead'
    },
    {
      phrases: ['kill~|destroy~|eliminate~|fight~|neutralize~|eradicate~|disinfect~ [#num] [%] [of] [harmful] germs|bacteria|viruses|virus|microbes|pathogens|fungi|fungus'],
      note:
        'Killing germs, bacteria or viruses on the body is an antiseptic drug use, not cleansing (21 U.S.C. 321(g)(1)(B); 21 CFR 333; FDA topical antiseptic rules).',
      expected: ['cleanses skin', 'washes away dirt and oil'],
      kind: 'antiseptic claim',
      remedy: 'describe cleansing instead'
    }
  ],
  allow: [
    // Audiences: a skin type named after a condition is not its treatment (claims primer §5).
    '@condition prone',
    '@lesion prone',
    'prone|susceptible to [the] [frequent|occasional] @condition',
    'prone|susceptible to [the] [frequent|occasional] @lesion',
    // Warnings required on labels (21 CFR 201.66, 21 CFR 740) are not claims.
    'stop~|discontinue~ use',
    // Painless waxing or threading describes the procedure, not a treated disease.
    'pain-free',
    // Hair shed by breakage is damage to the fibre, a cosmetic concern.
    'hair loss from|due|caused|through [to|by] [hair] breakage',
    // Deodorants correct body odour, a cosmetic function (Reg. (EC) 1223/2009 Art. 2(1)(a)).
    'odor-causing bacteria'
  ]
} as const satisfies Lexicon
