import {describe, expect, it} from 'vitest'
import {exampleRegister, exampleToday} from '../register-example.js'
import {describeRule, findings} from '../rule-testing.js'
import {cases} from './cases.js'
import {registerMarket} from './index.js'

describeRule(registerMarket, cases)

const lint = (text: string, jurisdictions: Array<'us' | 'eu' | 'uk' | 'ca'> = ['us']) =>
  findings(registerMarket, text, 'page.md', {register: exampleRegister, today: exampleToday, jurisdictions})

describe('register-market', () => {
  it('names the markets the entry is not cleared for', () => {
    const [message] = lint('Loved.[^glow-survey]', ['eu', 'ca', 'us'])
    expect(message?.message).toContain('`glow-survey` in claims.yaml is not cleared for EU, CA (cleared for US, UK only)')
  })

  it("takes the page's markets from its frontmatter over the configuration", () => {
    expect(lint('---\nmarkets: [ca]\n---\n\nFirmer-looking skin.[^firm-2025]', ['us']).map((m) => m.actual)).toEqual(['[^firm-2025]'])
    expect(lint('---\nmarkets: us\n---\n\nLoved.[^glow-survey]', ['eu'])).toEqual([])
  })

  it('reports nothing without a register', () => {
    expect(findings(registerMarket, 'Loved.[^glow-survey]', 'page.md', {jurisdictions: ['eu']})).toEqual([])
  })
})
