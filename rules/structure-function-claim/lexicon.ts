/**
 * Phrase data of `structure-function-claim`: copy saying a product changes
 * the structure or a function of the body (cells, tissue, collagen, hair
 * growth, fat, hormones, blood flow) rather than how skin looks or feels.
 * Most mechanisms need a verb (`boosts collagen`), so educational copy
 * (`collagen production slows with age`) passes; technical nouns that only
 * name a body process (`angiogenesis`, `lipolysis`) are claims on their own.
 */
import type {Lexicon} from '@claimlint/core'

/** Phrase data of `structure-function-claim`: word classes and claims. */
export const lexicon = {
  classes: {
    /** Whose body part it is (`your skin's own`, `natural`), used as optional slots. */
    owner: [
      'the', 'your', 'its', 'their', 'skin', "skin's", "the skin's", "your skin's", "body's", "the body's",
      "your body's", 'own', 'natural', 'new', 'more', 'healthy', 'dermal', 'facial', 'scalp'
    ],
    /** Verbs that make the body produce or do more. */
    stimulate: [
      'boost~', 'stimulate~', 'increase~', 'promote~', 'rebuild~', 'restore~', 'build~', 'activate~',
      'trigger~', 'accelerate~', 'enhance~', 'synthesize~', 'produce~', 'regenerate~', 'kickstart~',
      'kick-start~', 'jump-start~', 'encourage~', 'replenish~', 'support~', 'double~', 'triple~',
      'amplify~', 'generate~', 'induce~', 'reactivate~', 'revive~', 'wake~ up', 'awaken~', 'multiply~',
      'speed~', 'speed~ up', 'energize~', 'fuel~', 'strengthen~', 'improve~', 'optimize~', 'rev~ up', 'aid~',
      'hasten~', 'quicken~', 'switch~ on', 'turn~ on', 'unlock~', 'reprogram~', 'upregulate~', 'make~'
    ],
    /** Verbs that hold a body process back. */
    inhibit: [
      'block~', 'inhibit~', 'suppress~', 'stop~', 'reduce~', 'decrease~', 'regulate~', 'control~',
      'interrupt~', 'prevent~', 'slow~', 'slow~ down', 'halt~', 'limit~', 'disrupt~', 'interfere~ with',
      'normalize~', 'lower~', 'balance~', 'rebalance~', 'shrink~', 'switch~ off', 'turn~ off', 'downregulate~'
    ],
    /** Living tissue that a cosmetic acting on appearance does not rebuild. */
    tissue: [
      'cell~', 'skin cell~', 'damaged cell~', 'tissue~', 'skin tissue~', 'damaged tissue~', 'dermis',
      'epidermis', 'skin', 'damaged skin', 'nerve~', 'cartilage', 'skin structure', 'structural proteins', 'dermal matrix',
      'extracellular matrix', 'connective tissue', 'dna', 'capillaries', 'blood vessel~'
    ],
    /** Damaged living tissue a cosmetic does not repair. */
    damage: [
      'cell~', 'skin cell~', 'damaged cell~', 'tissue~', 'damaged tissue~', 'injured tissue~', 'dna',
      'damaged dna', 'dermis', 'nerve~', 'connective tissue'
    ],
    /** Molecules of the dermal matrix that the body makes. */
    matrix: [
      'collagen', 'elastin', 'collagen and elastin', 'elastin and collagen', 'hyaluronic acid', 'glycosaminoglycans', 'fibrillin', 'proteoglycans',
      'procollagen', 'ceramide production'
    ],
    /** What the body does when it makes a matrix molecule. */
    making: ['production', 'synthesis', 'formation', 'renewal', 'regeneration', 'levels', 'output', 'fibers'],
    /** Cell processes a cosmetic does not speed up. */
    turnover: [
      'cell turnover', 'cellular turnover', 'epidermal turnover', 'keratinocyte turnover', 'cell renewal',
      'cellular renewal', 'epidermal renewal', 'cell proliferation', 'cellular proliferation', 'cell division',
      'cell growth', 'cell production', 'cell regeneration', 'fibroblast~', 'fibroblast activity',
      'fibroblast proliferation', 'keratinocyte~', 'keratinocyte proliferation',
      'fibroblast production', 'cellular metabolism', 'cell metabolism', 'cellular respiration',
      'cellular energy', 'metabolism', 'skin metabolism', 'mitochondria', 'mitochondrial function', 'mitochondrial activity', 'atp production'
    ],
    /** Blood and lymph flow. */
    flow: [
      'blood flow', 'lymph flow', 'lymphatic flow', 'oxygen flow', 'circulation', 'microcirculation',
      'blood circulation', 'lymphatic circulation', 'lymphatic drainage', 'blood supply'
    ],
    /** Healing of wounds and tissue. */
    healing: [
      'healing', 'healing process', 'wound healing', 'wound closure', 'tissue repair', 're-epithelialization',
      'epithelialization'
    ],
    /** Places below the surface a cosmetic does not reach. */
    depth: [
      'dermis', 'deep dermis', 'dermal layer~', 'hypodermis', 'subcutaneous tissue', 'subcutaneous fat',
      'subcutaneous layer~', 'bloodstream', 'blood stream', 'blood vessel~', 'living cells', 'muscle tissue',
      'fat cells', 'the dermis', 'the hypodermis', 'the bloodstream', 'living layers', 'living tissue', 'below the epidermis', 'beyond the epidermis', 'past the epidermis', 'lymphatic system'
    ],
    /** Hair that a cosmetic cannot regrow. */
    hair: ['hair', 'new hair', 'lashes', 'eyelashes', 'brows', 'eyebrows', 'beard', 'hairline'],
    /** Follicles and the growth they make. */
    growth: [
      'follicle~', 'hair follicle~', 'dormant|resting|sleeping follicle~', 'dormant|resting|sleeping hair follicle~', 'hair growth', 'lash growth',
      'eyelash growth', 'brow growth', 'eyebrow growth', 'beard growth', 'new hair growth', 'new growth',
      'anagen phase'
    ],
    /** Body fat. */
    fat: [
      'fat', 'fat cells', 'fat deposits', 'fat tissue', 'fat stores', 'fat pockets', 'stubborn fat',
      'excess fat', 'body fat', 'belly fat', 'unwanted fat', 'localized fat', 'subcutaneous fat',
      'adipose tissue', 'adipocyte~'
    ],
    /** The immune system. */
    immune: ['immune system', 'immunity', 'immune response', 'immune function', 'immune defenses', 'immune defences'],
    /** Hormones and the enzymes that make them. */
    hormone: [
      'hormone~', 'hormone levels', 'hormonal levels', 'hormonal balance', 'estrogen', 'oestrogen',
      'testosterone', 'cortisol', 'dht', 'androgen~', '5 alpha reductase', 'alpha reductase'
    ],
    /** Where a cosmetic cannot draw toxins from. */
    body: ['body', 'blood', 'bloodstream', 'cells', 'organs', 'lymph', 'liver', 'system', 'lymphatic system'],
    /** Levels of biology below the skin's surface. */
    level: ['cellular level', 'molecular level', 'genetic level', 'dna level', 'cell level', 'gene level'],
    /** Muscles and their nerve signals. */
    contraction: [
      'muscle contraction~', 'muscle movement~', 'muscular contraction~', 'nerve signal~', 'nerve impulse~',
      'neurotransmitter~', 'neurotransmitter release', 'acetylcholine', 'acetylcholine release'
    ],
    /** Muscles as an object of relaxing. */
    muscle: ['muscle~', 'facial muscle~', 'face muscles', 'expression muscles', 'tense muscles', 'tight muscles'],
    /** Melanin production and the enzyme behind it. */
    melanin: [
      'melanin', 'melanin production', 'melanin synthesis', 'melanin formation', 'melanin transfer',
      'melanogenesis', 'pigment production', 'melanocyte~', 'melanocyte activity', 'tyrosinase',
      'tyrosinase activity', 'pigment cells', 'pigment-producing cells', 'cells that produce melanin',
      'cells that make melanin'
    ],
    /** Oil glands and what they make. */
    sebum: [
      'sebum production', 'sebum secretion', 'sebum output', 'oil production', 'oil secretion',
      'sebaceous gland~', 'sebaceous gland activity', 'oil gland~'
    ],
    /** Genes and the machinery of aging cells. */
    gene: [
      'gene~', 'gene expression', 'youth gene~', 'longevity gene~', 'sirtuin~', 'telomere~', 'telomerase',
      'dna'
    ],
    /** Skin's own stem cells. */
    stemCell: ['stem cell~', 'epidermal stem cell~', 'skin stem cell~', 'dermal stem cell~'],
    /** Living tissue and its thickness, which building or tightening would change. */
    thickness: [
      'tissue', 'new tissue', 'connective tissue', 'capillary walls', 'blood vessel walls', 'dermis',
      'dermal thickness', 'dermal density', 'skin thickness', 'epidermal thickness', 'bone~', 'cartilage',
      'muscle tissue'
    ]
  },
  entries: [
    {
      phrases: [
        'regenerate~|rebuild~|regrow~ [@owner] [@owner] @tissue',
        'cell|cellular|tissue|skin|dermal|epidermal|nerve regeneration',
        'regeneration from within',
        'cell|cellular renewal',
        '@stimulate [the] growth|production|formation|regeneration of ... cell~|tissue~',
        'revitalize~|rejuvenate~|energize~|oxygenate~|reactivate~|reprogram~ [@owner] [@owner] [aging|aged|tired|dormant|old] cell~|tissue~|blood',
        'regeneration from [the] inside out'
      ],
      note:
        'Regenerating cells or tissue changes the structure of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)); in the EU a cosmetic only acts on the external parts of the body to keep them in good condition (Reg. (EC) 1223/2009 Art. 2(1)(a)). An appearance word does not rescue it (`visibly regenerates`).',
      expected: ['skin looks renewed', 'leaves skin looking smoother']
    },
    {
      phrases: [
        'repair~|restore~|fix~|heal~|replace~ [@owner] [@owner] [damaged|injured|aging|aged|dead|old] @damage',
        'dna|cell|cellular|tissue|dermal repair',
        'dna damage repair'
      ],
      note:
        'Repairing DNA, cells or damaged tissue claims to change the body at a biological level, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)). Repairing hair fibre or the look of skin is cosmetic.',
      expected: ['helps skin look healthier', 'leaves skin looking smoother']
    },
    {
      phrases: [
        '@stimulate [@owner] [@owner] @matrix [@making]',
        '@stimulate [the] production|synthesis|formation of [@owner] [@owner] @matrix [fibers]',
        'new @matrix [fibers] forming|formation|growth',
        'collagenboost|collagenbooster|collagenboosting',
        'doubles|triples|doubled|tripled [the] [amount] [of] [new] [@owner] collagen|elastin', '[up] [to] #num % more [new] collagen|elastin',
        '2x|3x|4x|5x|10x|twice|double|triple more [new] collagen|elastin', '#num times more [new] collagen|elastin',
        'collagen|elastin boosting|booster~|building|builder~|stimulating|stimulation|stimulator~|induction|activating|activator~',
        'neocollagenesis|neo-collagenesis|collagenesis',
        'inhibit~|block~ [the] collagenase|mmps|mmp'
      ],
      note:
        'Stimulating collagen or elastin production is a claim about a function of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C); FDA warning letters to cosmetic firms cite collagen-boosting claims) and beyond the cosmetic functions of Reg. (EC) 1223/2009 Art. 2(1)(a).',
      expected: ['skin looks firmer', 'improves the look of firmness']
    },
    {
      phrases: ['@stimulate|normalize~|regulate~ [@owner] [@owner] @turnover', 'cell|cellular|keratinocyte|fibroblast proliferation'],
      note:
        'Increasing cell turnover, proliferation or cellular metabolism changes how the body works, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)). Exfoliating dead cells from the surface is cosmetic.',
      expected: ['reveals smoother-looking skin', 'exfoliates to leave skin looking brighter']
    },
    {
      phrases: ['@stimulate [@owner] [@owner] @flow', '[@stimulate] angiogenesis|vasodilation', 'vasodilator~|vasodilating', '[@stimulate] new blood vessel~'],
      note:
        'Promoting blood flow, new blood vessels or lymphatic drainage is a claim on a function of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)).',
      expected: ['leaves skin looking radiant', 'a refreshing massage gel']
    },
    {
      phrases: ['@stimulate [in] [@owner] [@owner] @healing', 're-epithelialization|epithelialization', 'faster healing'],
      note:
        'Accelerating wound healing or re-epithelialization is a therapeutic effect on the body, a drug use in the US (21 U.S.C. 321(g)(1)(B) and (C)) and a medicinal product by function in the EU (Directive 2001/83/EC Art. 1(2)(b)).',
      expected: ['leaves skin feeling comforted', 'helps skin feel soft and comfortable']
    },
    {
      phrases: [
        'penetrate~|reach~|enter~|deliver~|absorb~ [deep|deeply] [into|through|to|down] ... @depth',
        'transdermal|transdermally',
        'systemic absorption',
        'absorbed systemically'
      ],
      note:
        'Reaching the dermis, the bloodstream or tissue below the skin claims an effect inside the body; a cosmetic acts on the external parts of the body (Reg. (EC) 1223/2009 Art. 2(1)(a); 21 U.S.C. 321(i)). Penetrating the outer layers is fine.',
      expected: ['penetrates the outer layers of the skin', 'absorbs quickly into the skin surface']
    },
    {
      phrases: [
        're-grow~ [@owner] [@owner] [@hair]',
        '[hair|lash|eyelash|brow|eyebrow] re-growth',
        'hair|lash|eyelash|brow|eyebrow|beard growth',
        'grow~ [@owner] [@owner] [longer|thicker|fuller|stronger|new|healthier|more] @hair',
        '@hair [has|have|had] [actually|finally|really|all] grew|grown|regrown|regrew|grow~ back|in',
        'new [baby] hairs', 'baby hairs ... grow~|growing|sprouting|sprout~|coming', 'hair~ [are|is] [finally] growing|sprouting back|in',
        'hairregrowth|hairgrowth|lashgrowth|eyelashgrowth|browgrowth|regrowhair',
        'reverse~|stop~|prevent~|slow~ [@owner] [hair] follicle miniaturization',
        '@stimulate [@owner] [@owner] @growth',
        'extend~|prolong~|lengthen~ [the] anagen|growth phase'
      ],
      note:
        'Regrowing hair or stimulating hair, lash or brow growth acts on the follicle, living tissue: a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)). Making lashes or hair look longer or thicker is cosmetic.',
      expected: ['lashes look longer and fuller', 'hair looks thicker and fuller']
    },
    {
      phrases: [
        'burn~|dissolve~|melt~|break~|destroy~|eliminate~|reduce~|shrink~|target~|kill~|freeze~|flush~|mobilize~|release~|liquefy~ [away|down|out] [@owner] [stubborn|excess|unwanted|localized] @fat',
        'burn~|dissolve~|melt~|break~ [away|down] [stubborn] cellulite',
        'fat burning|burner~|dissolving|melting|reduction|loss',
        'lipolysis|lipolytic|adipogenesis|adipolysis',
        'increase~|boost~|restore~|add~ [@owner] [facial|lip] fat volume',
        '@stimulate [@owner] adipocyte~',
        '@stimulate [@owner] fat cells'
      ],
      note:
        'Burning, dissolving or breaking down fat, or adding fat volume, changes the structure of the body: a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)).',
      expected: ['skin looks smoother and firmer', 'visibly smooths the look of dimpled skin']
    },
    {
      phrases: ['@stimulate [@owner] [@owner] @immune', 'immune boosting|booster~|boost', 'immunomodulating|immunomodulatory', 'immunity booster~'],
      note:
        'Boosting the immune system is a claim on a function of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and a medicinal product by function in the EU (Directive 2001/83/EC Art. 1(2)(b)).',
      expected: ['helps protect skin from dryness', 'leaves skin feeling resilient']
    },
    {
      phrases: ['@inhibit|@stimulate [@owner] [@owner] @hormone', 'hormone|hormonal balancing', 'dht blocking|blocker~|inhibitor~'],
      note:
        'Balancing hormones or blocking DHT acts on the endocrine system, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and a medicinal product by function in the EU (Directive 2001/83/EC Art. 1(2)(b)).',
      expected: ['leaves skin looking balanced', 'helps skin feel comfortable']
    },
    {
      phrases: [
        'detoxify~ [@owner] [@owner] @body',
        '[@stimulate] [@owner] [natural] detox|detoxification through|of|via [the] @body',
        'cellular detox|detoxification',
        'flush~|eliminate~|remove~|expel~|draw~|purge~|release~|neutralize~|clear~ [out] [the] toxins [out] from|of|in [@owner] @body'
      ],
      note:
        'Detoxifying cells, blood or the body claims a function inside the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)), and a function a cosmetic does not have (Reg. (EC) 1223/2009 Art. 20(1)). Cleansing or purifying the skin surface is cosmetic.',
      expected: ['purifies the skin surface', 'cleanses away impurities']
    },
    {
      phrases: [
        '[work~|act~|operate~|function~] at|on [a|the] @level',
        'repair~|restore~|rebuild~|strengthen~|renew~|nourish~|protect~|hydrate~|rejuvenate~|revitalize~ ... at|on [a|the] @level',
        'at the level of [the] cells|dna|genes'
      ],
      note:
        'Working at the cellular level says the product changes the body, not its surface: a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)).',
      expected: ['works on the skin surface', 'leaves skin looking healthier']
    },
    {
      phrases: [
        'relax~|inhibit~|block~|paralyze~|freeze~|immobilize~|reduce~|limit~|decrease~|weaken~|slow~ [@owner] @contraction',
        'relax~|paralyze~|freeze~|immobilize~|inhibit~ [@owner] @muscle',
        'muscle relaxing|relaxant~|relaxation',
        'neuromuscular'
      ],
      note:
        'Relaxing muscles or blocking muscle contraction (the way botulinum toxin works) changes a function of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and a medicinal product by function in the EU (Directive 2001/83/EC Art. 1(2)(b)).',
      expected: ['smooths the look of expression lines', 'skin looks smoother']
    },
    {
      phrases: [
        '@inhibit [@owner] [excess|overactive] @melanin',
        '@inhibit [the] [@owner] pathway~|signal~|signaling|signalling|cascade|messenger~ ... melanin|pigment|pigmentation',
        'tell~|signal~|instruct~|trigger~ [the] [@owner] skin|cells|melanocytes to make|produce melanin|pigment',
        'tyrosinase inhibit~|inhibitor~|inhibition|inhibiting|blocker~|blocking',
        'anti-tyrosinase',
        'melanin inhibitor~|inhibiting|blocker~|blocking|suppressing',
        'bleach~ [@owner] skin|complexion|freckles',
        'bleach~ [@owner] dark|age spots',
        'skin bleach~|bleaching|bleacher~'
      ],
      note:
        'Blocking melanin production or inhibiting tyrosinase acts on how skin cells work, and skin bleaching is a drug use in the US (21 U.S.C. 321(g)(1)(C)); in the EU it is beyond a cosmetic function (Reg. (EC) 1223/2009 Art. 2(1)(a)).',
      expected: ['brightens the look of dark spots', 'evens the look of skin tone']
    },
    {
      phrases: ['@inhibit [@owner] [excess|overactive] @sebum'],
      note:
        'Reducing sebum or oil production acts on the sebaceous glands, a function of the body: a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)). Absorbing or removing surface oil is cosmetic.',
      expected: ['draws out excess oil', 'controls the look of shine']
    },
    {
      phrases: [
        '@stimulate|express~ [@owner] [@owner] [@matrix] @gene',
        'youth|longevity gene~',
        'youth protein~',
        'gene expression',
        'epigenetic|epigenetically',
        'lengthen~|protect~ [@owner] telomere~'
      ],
      note:
        'Activating genes, "youth genes" or sirtuins claims to change how cells work, a drug use in the US (21 U.S.C. 321(g)(1)(C); FDA warning letters to cosmetic firms cite gene-activation claims) and a function a cosmetic does not have (Reg. (EC) 1223/2009 Art. 20(1)).',
      expected: ['leaves skin looking younger', 'skin looks more radiant']
    },
    {
      phrases: ['@stimulate|protect~|mobilize~ [@owner] [@owner] @stemCell', 'stem cell activation|activator~|activating|stimulation|stimulating'],
      note:
        "Activating or stimulating the skin's own stem cells claims to change living tissue, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)).",
      expected: ['skin looks renewed', 'leaves skin looking revitalized']
    },
    {
      phrases: ['thicken~|build~|rebuild~|restore~|increase~|densify~|tighten~|strengthen~|reinforce~ [@owner] [@owner] @thickness'],
      note:
        'Thickening the dermis or building tissue changes the structure of the body, a drug use in the US (21 U.S.C. 321(g)(1)(C)) and beyond a cosmetic function in the EU (Reg. (EC) 1223/2009 Art. 2(1)(a)).',
      expected: ['skin looks plumper', 'visibly plumps']
    }
  ],
  allow: [
    // Collagen as an ingredient, not the body's own: `3x more collagen peptides than our original formula`.
    'collagen|elastin peptide~|powder~|content|protein~|extract~|drink~|supplement~|gummies|capsule~'
  ]
} as const satisfies Lexicon
