/** Phrase data of `biologic-claim`. */
import type {Lexicon} from '@claimlint/core'

const phs =
  'Products made from human cells or tissues that treat or repair the body are biologics (PHS Act §351, 42 U.S.C. 262; 21 CFR 1271); ' +
  'FDA has approved no exosome or stem cell product for cosmetic use, and the EU bans cells, tissues and products of human origin ' +
  'in cosmetics (Reg. (EC) 1223/2009 Annex II, entry 416).'

/** Phrases, notes and rewrites of `biologic-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // Biological materials that make a therapy claim a biologic one.
    biologic: [
      'exosome~', 'stem cell~', 'stem-cell', 'growth factor~', 'secretome', 'conditioned media', 'platelet-rich plasma',
      'platelet rich plasma', 'prp', 'prf', 'platelet-rich fibrin', 'plasma', 'cord blood', 'extracellular vesicle~',
      'peptide~ from human cells', 'fibroblast~', 'placenta', 'placental', 'amniotic', 'cell'
    ],
    // Human-derived materials: `human exosomes`, `human growth factors`.
    material: ['exosome~', 'growth factor~', 'secretome', 'fibroblast~', 'plasma', 'placenta', 'platelet lysate', 'stem cell exosome~', 'cell~'],
    // Biological actives said to do a therapy's work: `stem cells that replace your damaged cells`.
    active: ['stem cell~', 'exosome~', 'growth factor~', 'secretome', 'human cell~'],
    // Clinical settings a biologic is said to come from or be used in.
    clinic: [
      'clinic~', 'regenerative clinic~', 'doctor~', 'physician~', 'dermatologist~', 'injector~', 'nurse injector~', 'practitioner~',
      'med spa~', 'medspa~', 'med-spa~', 'medical spa~', 'hospital~', 'surgeon~', 'plastic surgeon~'
    ],
    // Procedures that open the skin for a biologic.
    procedure: ['microneedling', 'micro-needling', 'dermarolling', 'derma-rolling', 'dermaroller', 'derma pen', 'dermapen', 'laser', 'laser treatment~', 'microchanneling'],
    // Words presenting a material as a treatment or procedure.
    therapy: ['therapy', 'therapies', 'treatment~', 'injection~', 'infusion~', 'transplant~', 'procedure~', 'facial~', 'protocol~'],
    // Human sources of cells and tissues.
    source: [
      'bone marrow', 'human bone marrow', 'adipose tissue', 'adipose', 'human adipose tissue', 'fat tissue', 'human fat',
      'umbilical cord~', 'umbilical cord blood', 'cord blood', 'placenta~', 'human placenta~', 'amniotic fluid', 'amniotic membrane~',
      'foreskin~', 'human foreskin~', 'human cell~', 'human tissue~', 'human donor~', 'donor~', 'your own blood', 'human blood',
      'fibroblast~', 'human fibroblast~', 'umbilical cord stem cell~', 'mesenchymal stem cell~', 'umbilical cord tissue',
      'wharton’s jelly', "wharton's jelly"
    ],
    // Verbs and adjectives of origin.
    origin: [
      'derived', 'sourced', 'harvested', 'extracted', 'isolated', 'obtained', 'taken', 'made', 'cultured', 'cultivated', 'grown',
      'cloned', 'produced', 'collected', 'secreted', 'expressed', 'donated'
    ],
    // Layers a biologic is said to reach.
    depth: ['dermis', 'dermal layer~', 'deeper layers', 'deep layers', 'bloodstream', 'blood stream', 'living cells']
  },
  entries: [
    {
      phrases: [
        '@biologic @therapy', 'cell-based|cellular @therapy', 'regenerative medicine|therapy|therapies|treatment~|clinic~|procedure~',
        'exosome-therapy', 'exosome-treatment', 'exosome-facial', 'stem-cell-therapy', 'stem-cell-treatment', 'prp-facial',
        '@biologic ... used|administered|injected|trusted in|by ... @clinic', '@clinic ... use~|inject~|apply|applies|administer~ [these|our|the] @biologic',
        '@biologic after|with|during|following [every|each|a|your] @procedure', '@procedure ... drive~|push~|channel~|deliver~|carry|carries ... @biologic',
        'drive~|push~|force~|channel~|deliver~ [the|these|our] @biologic deep|deeper|deeply|below|beneath|under'
      ],
      note: `Presenting a cell-derived material as a therapy or procedure claims a biologic drug use. ${phs}`,
      expected: ['a serum for use after professional treatments as directed', 'skin looks refreshed and radiant'],
      remedy: 'describe the cosmetic use, not a therapy'
    },
    {
      phrases: [
        'contain~|deliver~ live|living|viable [human] [stem] cell~', 'live|living|viable [human] [stem] cell~',
        'human|mesenchymal|embryonic|adult|autologous|allogeneic|umbilical|placental|amniotic stem cell~',
        'human|human-derived @material', 'human cell-derived|conditioned *',
        'stem cell~|cell~ [stay|stays|remain|remains|are|is|kept] alive|viable',
        '@active that|which replace~|repair~|regenerate~|rebuild~|heal~'
      ],
      note: `Live cells or human-derived biological material in a product make it a biologic, not a cosmetic. ${phs}`,
      expected: ['with apple stem cell extract', 'with plant-derived peptides'],
      remedy: 'name a plant or synthetic ingredient instead'
    },
    {
      phrases: ['@origin from [a] [healthy] [young] [donated|donor|human] @source', '@source derived|sourced', 'adipose|marrow|cord|placenta derived'],
      note: `Material taken from human bone marrow, fat, umbilical cord or placenta is human tissue. ${phs}`,
      expected: ['with apple stem cell extract', 'with plant-derived peptides'],
      remedy: 'name a plant or synthetic ingredient instead'
    },
    {
      phrases: [
        'injectable~', 'inject~|injected into|under|beneath|below [the] skin|dermis|face|lips|wrinkles', 'by|via|through injection',
        'mesotherapy', 'skin booster injection~'
      ],
      note:
        'An injectable product or one used by injection is a drug, device or biologic, never a cosmetic, which is only applied to the ' +
        `body's surface (FD&C Act §201(i); Reg. (EC) 1223/2009 Art. 2(1)(a)). ${phs}`,
      expected: ['applied to the skin', 'a serum for use after professional treatments as directed'],
      remedy: 'describe a product applied to the skin'
    },
    {
      phrases: [
        '[after|with|following|during] microneedling|micro-needling|dermarolling|derma-rolling ... @biologic ... reach~|penetrate~|enter~|go|get|travel~ ... @depth',
        '@biologic reach~|penetrate~|enter~|travel~|absorb~ [into|to|through] [the] @depth',
        '@biologic ... deliver~|delivered into|to [the] @depth'
      ],
      note: `A biological material delivered into the dermis or the blood acts on the body below its surface. ${phs}`,
      expected: ['use after microneedling only as directed by your professional'],
      remedy: 'describe the product on the skin surface only'
    },
    {
      phrases: ['vampire facial~|facelift~|lift~', 'platelet-rich plasma', 'platelet rich plasma', 'platelet-rich fibrin', 'prp', 'autologous', 'allogeneic', 'biologic', 'biologics'],
      note: `PRP and other blood-derived treatments are procedures with biologics, not cosmetics. ${phs}`,
      expected: ['skin looks refreshed and radiant'],
      remedy: 'describe the cosmetic use, not a procedure'
    }
  ],
  allow: [
    // Educational copy that defines a therapy as a procedure, to set the product apart from it.
    '@biologic @therapy is|are [a|an] medical|clinical|professional|in-office|in-clinic procedure~|treatment~',
    // The body's own cells are not a material in the product: `activates your own stem cells` is a structure claim.
    'own [skin] stem cell~', 'plant stem cell~', 'apple stem cell~', 'grape stem cell~', 'argan stem cell~', 'edelweiss stem cell~', 'stem cell extract', 'cell extract']
} as const satisfies Lexicon
