/** `@claimlint/rules`: claimlint's built-in rules and presets. */
import type {Jurisdiction, Rule, RuleSetting} from '@claimlint/core'
import {diseaseClaim} from './disease-claim/index.js'
import {structureFunctionClaim} from './structure-function-claim/index.js'
import {miracleClaim} from './miracle-claim/index.js'
import {proofClaim} from './proof-claim/index.js'
import {regulatoryStatus} from './regulatory-status/index.js'
import {biologicClaim} from './biologic-claim/index.js'
import {otcDrugClaim} from './otc-drug-claim/index.js'
import {appearanceClaim} from './appearance-claim/index.js'
import {registerExpired} from './register-expired/index.js'
import {registerMarket} from './register-market/index.js'
import {unregisteredClaim} from './unregistered-claim/index.js'
import {pageNetImpression} from './page-net-impression/index.js'

/** Every built-in rule, in docs order. */
export const rules: readonly Rule[] = [
  diseaseClaim,
  structureFunctionClaim,
  miracleClaim,
  proofClaim,
  regulatoryStatus,
  biologicClaim,
  otcDrugClaim,
  appearanceClaim,
  pageNetImpression,
  registerExpired,
  registerMarket,
  unregisteredClaim
]

/**
 * Rules whose lexicon is derived from other rules' (declared, so the
 * invariant against shared phrases allows it): `unregistered-claim` checks
 * the efficacy statements of these rules against the claims register.
 */
export const lexiconSources: Readonly<Record<string, readonly string[]>> = {
  'unregistered-claim': ['proof-claim', 'appearance-claim', 'miracle-claim']
}

/** Built-in presets by name. */
export const presets: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>> = {
  /** Every rule at the severity the claims primer gives its family; opt-in rules (`unregistered-claim`) off. */
  recommended: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.recommended === false ? 'off' : rule.meta.severity])),
  /** Every rule at error, opt-in ones included, for copy that must pass a regulatory review as it stands. */
  strict: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'error']))
}

/**
 * Presets that choose markets (`extends: ["us", "eu"]`): each sets the
 * jurisdictions whose law messages cite and whose severities apply.
 */
export const jurisdictionPresets: Readonly<Record<Jurisdiction, {jurisdictions: readonly Jurisdiction[]}>> = {
  /** FD&C Act and FTC Act. */
  us: {jurisdictions: ['us']},
  /** Reg. (EC) 1223/2009 and Reg. (EU) 655/2013. */
  eu: {jurisdictions: ['eu']},
  /** The retained cosmetics regulation and the CAP Code. */
  uk: {jurisdictions: ['uk']},
  /** Food and Drugs Act and Health Canada's claims guidelines. */
  ca: {jurisdictions: ['ca']}
}

export {diseaseClaim, structureFunctionClaim, miracleClaim, proofClaim, regulatoryStatus, biologicClaim, otcDrugClaim, appearanceClaim}
export {pageNetImpression, registerExpired, registerMarket, unregisteredClaim}
