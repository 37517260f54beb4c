/** Examples of `biologic-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `biologic-claim`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Exosome therapy in a bottle.', actual: 'Exosome therapy'},
    {text: 'An at-home exosome treatment.', actual: 'exosome treatment'},
    {text: 'Stem cell therapy for your face.', actual: 'Stem cell therapy'},
    {text: 'The first stem-cell treatment for skin.', actual: 'stem-cell treatment'},
    {text: 'Contains live stem cells.', actual: 'Contains live stem cells'},
    {text: 'Powered by living cells.', actual: 'living cells'},
    {text: 'Derived from human bone marrow.', actual: 'Derived from human bone marrow'},
    {text: 'Growth factors sourced from umbilical cord blood.', actual: 'sourced from umbilical cord blood'},
    {text: 'Exosomes isolated from adipose tissue.', actual: 'isolated from adipose tissue'},
    {text: 'With placenta-derived peptides.', actual: 'placenta-derived'},
    {text: 'Rich in human growth factors.', actual: 'human growth factors'},
    {text: 'Human stem cell conditioned media.', actual: 'Human stem cell'},
    {text: 'Mesenchymal stem cells renew skin.', actual: 'Mesenchymal stem cells'},
    {text: 'An injectable-grade hyaluronic acid.', actual: 'injectable'},
    {text: 'Injected under the skin by your clinician.', actual: 'Injected under the skin'},
    {text: 'After microneedling the exosomes reach the dermis.', actual: 'After microneedling the exosomes reach the dermis'},
    {text: 'Exosomes penetrate into the bloodstream.', actual: 'Exosomes penetrate into the bloodstream'},
    {text: 'The future of regenerative medicine.', actual: 'regenerative medicine'},
    {text: 'A PRP facial without the clinic.', actual: 'PRP facial'},
    {text: 'Get the vampire facial look.', actual: 'vampire facial'},
    {text: 'Cell therapy for tired skin.', actual: 'Cell therapy'},
    {text: 'Autologous skin renewal.', actual: 'Autologous'}
  ],
  compliant: [
    'With apple stem cell extract.',
    'Malus domestica fruit cell culture extract.',
    'Plant stem cells from Swiss apples.',
    'Inspired by exosome science.',
    'A PRP-inspired serum with plant peptides.',
    'Use after professional treatments as directed.',
    'Use after microneedling only as directed by your professional.',
    'With plant-derived peptides.',
    'Does not contain human stem cells.',
    'Free from animal-derived ingredients.',
    'Applied to the skin, never injected.',
    'Skin looks refreshed and radiant.',
    'Cell phone friendly packaging.',
    'Treat yourself to a facial at home.',
    'A serum for use after professional treatments as directed.',
    'Rose water and glycerin.',
    'Contains sodium hyaluronate.',
    'Plasma-bright packaging.',
    'Our founder was inspired by stem cell research.',
    'Fermented rice ferment filtrate.'
  ]
}
