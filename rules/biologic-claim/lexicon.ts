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
    // Words presenting a material as a treatment or procedure.
    therapy: ['therapy', 'therapies', 'treatment~', 'injection~', 'infusion~', 'transplant~', 'procedure~', 'facial~', 'protocol~'],
    // Human sources of cells and tissues.
    source: [
      'bone marrow', 'human bone marrow', 'adipose tissue', 'adipose', 'human adipose tissue', 'fat tissue', 'human fat',
      'umbilical cord~', 'umbilical cord blood', 'cord blood', 'placenta~', 'human placenta~', 'amniotic fluid', 'amniotic membrane~',
      'foreskin~', 'human foreskin~', 'human cell~', 'human tissue~', 'human donor~', 'donor~', 'your own blood', 'human blood'
    ],
    // Verbs and adjectives of origin.
    origin: ['derived', 'sourced', 'harvested', 'extracted', 'isolated', 'obtained', 'taken', 'made', 'cultured', 'cultivated', 'grown'],
    // Layers a biologic is said to reach.
    depth: ['dermis', 'dermal layer~', 'deeper layers', 'deep layers', 'bloodstream', 'blood stream', 'living cells']
  },
  entries: [
    {
      phrases: ['@biologic @therapy', 'cell-based|cellular @therapy', 'regenerative medicine|therapy|therapies|treatment~'],
      note: `Presenting a cell-derived material as a therapy or procedure claims a biologic drug use. ${phs}`,
      expected: ['a serum for use after professional treatments as directed', 'skin looks refreshed and radiant'],
      remedy: 'describe the cosmetic use, not a therapy'
    },
    {
      phrases: [
        'contain~|deliver~ live|living|viable [human] [stem] cell~', 'live|living|viable [human] [stem] cell~',
        'human|mesenchymal|embryonic|adult|autologous|allogeneic|umbilical|placental|amniotic stem cell~',
        'human|human-derived exosome~|growth factor~|secretome|fibroblast~|plasma|placenta', 'human cell-derived|conditioned *'
      ],
      note: `Live cells or human-derived biological material in a product make it a biologic, not a cosmetic. ${phs}`,
      expected: ['with apple stem cell extract', 'with plant-derived peptides'],
      remedy: 'name a plant or synthetic ingredient instead'
    },
    {
      phrases: ['@origin from [a] [healthy] [young] @source', '@source derived|sourced', 'adipose|marrow|cord|placenta derived'],
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
  allow: ['plant stem cell~', 'apple stem cell~', 'grape stem cell~', 'argan stem cell~', 'edelweiss stem cell~', 'stem cell extract', 'cell extract']
} as const satisfies Lexicon
