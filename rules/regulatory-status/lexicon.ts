/** Phrase data of `regulatory-status`. */
import type {Lexicon} from '@claimlint/core'

/** Phrases, notes and rewrites of `regulatory-status`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // Authorities whose approval a cosmetic cannot claim.
    authority: [
      'fda', 'us fda', 'u.s fda', 'usfda', 'food and drug administration', 'eu', 'european union',
      'european commission', 'ema', 'european medicines agency', 'health canada', 'mhra', 'nhs', 'tga', 'cpnp',
      'ministry of health', 'government', 'the government'
    ],
    // Status words that claim an authority vetted the product.
    status: [
      'approved', 'approval', 'certified', 'certification', 'cleared', 'clearance', 'registered', 'registration',
      'listed', 'accredited', 'endorsed', 'authorized', 'licensed', 'compliant', 'inspected', 'validated', 'sanctioned'
    ]
  },
  entries: [
    {
      phrases: [
        '@authority @status', '@status by|with [the] @authority', 'approved|cleared|certified for use by [the] @authority',
        '@authority has|have|had [officially] approved|cleared|certified|registered|authorized|authorised', 'fda-approved', 'fda-cleared', 'fda-certified', 'fda-registered'
      ],
      note:
        'FDA does not approve, certify or register cosmetics (except color additives), and EU, UK and Canadian authorities receive ' +
        'notifications, not applications: a claim of official approval misleads (FD&C Act §§201(i), 602; 21 CFR 710.2; ' +
        'Reg. (EC) 1223/2009 Art. 20; CAP Code 3.1; Food and Drugs Act s. 24).',
      expected: ['made in a facility that follows good manufacturing practice'],
      remedy: 'drop the official status, which a cosmetic cannot have'
    },
    {
      phrases: [
        'medical|pharmaceutical|pharma|prescription|rx|hospital|clinical|clinic|doctor|physician|dermatologist|drug|medicinal grade|strength',
        'medical|clinical|pharmaceutical grade|strength'
      ],
      note:
        'Medical, pharmaceutical, prescription or clinical grade or strength presents a cosmetic as a drug or a regulated ' +
        'medical product; no such grade exists for cosmetics (FD&C Act §201(g)(1); Directive 2001/83/EC Art. 1(2); CAP Code 12.1).',
      expected: ['professional-quality formula', 'high-performance formula'],
      remedy: 'describe the formula without a drug status'
    },
    {
      phrases: ['ce marked|mark|certified', 'medical device'],
      note:
        'The CE mark and the words "medical device" belong to regulated medical devices; on a cosmetic they claim a status it does not ' +
        'have (Reg. (EU) 2017/745; Reg. (EC) 1223/2009 Art. 20; CAP Code 12.1).',
      expected: ['made in a facility that follows good manufacturing practice'],
      remedy: 'drop the device status, which a cosmetic cannot have'
    },
    {
      phrases: ['cosmeceutical~', 'dermaceutical~'],
      severity: 'warn',
      note:
        'FDA says the law does not recognize "cosmeceuticals": the word suggests a drug-like status a cosmetic does not have ' +
        '(FDA, "Cosmeceutical"; FD&C Act §201(g)(1)).',
      expected: ['high-performance formula'],
      remedy: 'describe the product as the cosmetic it is'
    },
    {
      phrases: [
        'comply~|compliant|conform~ with|to [all] [the] @authority', 'in compliance with [all] [the] @authority',
        'meet~|follow~ [all] @authority regulations|rules|requirements|standards|guidelines'
      ],
      severity: 'warn',
      note:
        'Meeting the law is every product\'s baseline; presenting it as a merit, or naming the regulator, suggests an official ' +
        'review the product never had (Reg. (EU) 655/2013 common criterion 1; FTC Act §5).',
      expected: ['made in a facility that follows good manufacturing practice'],
      remedy: 'drop it, or say what the product does'
    }
  ],
  allow: ['registered trademark~', 'registered design~']
} as const satisfies Lexicon
