/** Examples of `regulatory-status`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `regulatory-status`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Our FDA approved moisturizer.', actual: 'FDA approved'},
    {text: 'FDA-certified ingredients only.', actual: 'FDA-certified'},
    {text: 'An FDA cleared formula.', actual: 'FDA cleared'},
    {text: 'Approved by the FDA for daily use.', actual: 'Approved by the FDA'},
    {text: 'Made in an FDA-registered facility.', actual: 'FDA-registered'},
    {text: 'Produced in an FDA-compliant facility.', actual: 'FDA-compliant'},
    {text: 'Registered with the U.S. FDA.', actual: 'Registered with the U.S. FDA'},
    {text: 'Certified by the Food and Drug Administration.', actual: 'Certified by the Food and Drug Administration'},
    {text: 'FDA approval pending.', actual: 'FDA approval'},
    {text: 'Medical grade hyaluronic acid.', actual: 'Medical grade'},
    {text: 'Prescription strength retinol without a prescription.', actual: 'Prescription strength'},
    {text: 'Pharmaceutical-grade ingredients.', actual: 'Pharmaceutical-grade'},
    {text: 'A clinical-strength serum.', actual: 'clinical-strength'},
    {text: 'Hospital grade cleanser.', actual: 'Hospital grade'},
    {text: 'EU approved formula.', actual: 'EU approved'},
    {text: 'Health Canada approved.', actual: 'Health Canada approved'},
    {text: 'MHRA approved skincare.', actual: 'MHRA approved'},
    {text: 'Licensed by Health Canada.', actual: 'Licensed by Health Canada'},
    {text: 'CE marked for your safety.', actual: 'CE marked'},
    {text: 'A registered medical device for skin.', actual: 'medical device'},
    {text: 'The leading cosmeceutical brand.', actual: 'cosmeceutical'},
    {text: 'Our labels comply with FDA cosmetic labeling rules.', actual: 'comply with FDA'},
    {text: 'The FDA has approved our formula.', actual: 'FDA has approved'},
    {text: '#fdaapproved #cleanbeauty', actual: 'fdaapproved'}
  ],
  compliant: [
    'Made in a facility that follows good manufacturing practice.',
    'FDA does not approve cosmetics.',
    'This product has not been approved by the FDA.',
    'These statements have not been evaluated by the Food and Drug Administration.',
    'Made in the USA.',
    'Certified organic by Ecocert.',
    'Leaping Bunny certified cruelty-free.',
    'Vegan certified.',
    'USDA certified organic aloe.',
    'Registered trademark of Example Co.',
    'A professional-quality formula.',
    'High-performance formula.',
    'Produced in an ISO 22716 certified facility.',
    'Ships across the EU and the UK.',
    'Approved by our panel of testers.',
    'Tested to EU cosmetic safety standards.',
    'Sold in pharmacies across Canada.',
    'Clinic-inspired packaging.',
    'Strength training for your skin routine.',
    'Medical students love our student discount.',
    'Contains FD&C Red No. 40.',
    'The FDA has not approved this product.'
  ]
}
