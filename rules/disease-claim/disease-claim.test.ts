import {describeRule} from '../rule-testing.js'
import {cases} from './cases.js'
import {diseaseClaim} from './index.js'

describeRule(diseaseClaim, cases)
