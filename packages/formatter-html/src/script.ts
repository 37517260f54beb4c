/** The report's script, inlined so the file works offline; the report reads fully without it. */

/**
 * Filtering by rule and severity, the hover and focus card beside a
 * highlight, and linking a highlight with its item in the list. It reads only
 * the report's own DOM (data attributes), never copy as code.
 */
export const script = `
(() => {
  'use strict'
  const doc = document
  const boxes = [...doc.querySelectorAll('input[data-filter]')]
  const ruleBoxes = boxes.filter((box) => box.dataset.filter === 'rule')
  const items = [...doc.querySelectorAll('[data-rule][data-severity]')]
  const total = doc.querySelectorAll('li.finding').length
  const shown = doc.querySelector('[data-shown]')
  const rulesLabel = doc.querySelector('[data-rules-label]')
  const bar = doc.querySelector('.bar')
  const tip = doc.getElementById('tip')
  let active = null

  const apply = () => {
    const on = {rule: new Set(), severity: new Set()}
    for (const box of boxes) if (box.checked) on[box.dataset.filter].add(box.value)
    let visible = 0
    for (const item of items) {
      const show = on.rule.has(item.dataset.rule) && on.severity.has(item.dataset.severity)
      if (item.localName === 'mark') {
        item.classList.toggle('off', !show)
        if (item.hasAttribute('tabindex')) item.tabIndex = show ? 0 : -1
      } else {
        item.hidden = !show
        if (show && item.classList.contains('finding')) visible++
      }
    }
    for (const section of doc.querySelectorAll('section.file')) {
      const count = section.querySelector('[data-file-shown]')
      if (!count) continue
      const all = section.querySelectorAll('li.finding').length
      const now = section.querySelectorAll('li.finding:not([hidden])').length
      count.textContent = now === all ? '' : ' (' + now + ' shown)'
    }
    if (shown) shown.textContent = visible === total ? 'Showing all ' + total + ' findings' : 'Showing ' + visible + ' of ' + total + ' findings'
    if (rulesLabel) rulesLabel.textContent = ruleBoxes.filter((box) => box.checked).length + ' of ' + ruleBoxes.length
    if (active && doc.querySelector('mark.off[data-finding="' + active + '"]')) hide()
  }

  const setActive = (id) => {
    for (const element of doc.querySelectorAll('.active')) element.classList.remove('active')
    active = id
    if (!id) return
    for (const element of doc.querySelectorAll('[data-finding="' + id + '"]')) element.classList.add('active')
    const card = doc.getElementById(id + '-card')
    const list = card && card.closest('.findings')
    if (list && list.scrollHeight > list.clientHeight) {
      const top = card.offsetTop - list.offsetTop
      if (top < list.scrollTop || top + card.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - 8
    }
  }

  const show = (mark) => {
    const id = mark.dataset.finding
    const card = doc.getElementById(id + '-card')
    if (!card || mark.classList.contains('off')) return
    setActive(id)
    const copy = card.cloneNode(true)
    for (const name of ['id', 'data-finding', 'data-rule', 'data-severity']) copy.removeAttribute(name)
    copy.classList.remove('active')
    for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id')
    tip.replaceChildren(copy)
    tip.hidden = false
    const first = doc.getElementById(id) || mark
    const box = first.getClientRects()[0] || first.getBoundingClientRect()
    const width = tip.offsetWidth
    const height = tip.offsetHeight
    const left = Math.max(8, Math.min(box.left, doc.documentElement.clientWidth - width - 8))
    const below = box.bottom + 8
    const top = below + height > innerHeight - 8 && box.top - height - 8 > bar.offsetHeight ? box.top - height - 8 : below
    tip.style.left = left + scrollX + 'px'
    tip.style.top = top + scrollY + 'px'
  }

  const hide = () => {
    tip.hidden = true
    tip.replaceChildren()
    setActive(null)
  }

  const markOf = (target) => target instanceof Element ? target.closest('mark[data-finding]') : null
  doc.addEventListener('change', (event) => {
    if (event.target.matches('input[data-filter]')) apply()
  })
  doc.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-set]')
    if (button) {
      for (const box of ruleBoxes) box.checked = button.dataset.set === 'all'
      apply()
      return
    }
    const link = event.target.closest('a.pos')
    if (link) {
      const mark = doc.getElementById(link.getAttribute('href').slice(1))
      if (mark && mark.localName === 'mark') {
        event.preventDefault()
        mark.scrollIntoView({block: 'center'})
        mark.focus({preventScroll: true})
      }
    }
  })
  doc.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target)
    if (mark) return show(mark)
    const card = event.target instanceof Element ? event.target.closest('li.finding') : null
    if (card && card.dataset.finding !== active) {
      tip.hidden = true
      setActive(card.dataset.finding)
    }
  })
  doc.addEventListener('mouseout', (event) => {
    const from = markOf(event.target) || (event.target instanceof Element ? event.target.closest('li.finding') : null)
    if (!from) return
    const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest('[data-finding]') : null
    if (!to || to.dataset.finding !== from.dataset.finding) hide()
  })
  doc.addEventListener('focusin', (event) => {
    const mark = markOf(event.target)
    if (mark) show(mark)
  })
  doc.addEventListener('focusout', (event) => {
    if (markOf(event.target)) hide()
  })
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hide()
      const rules = doc.querySelector('details.rules[open]')
      if (rules) rules.open = false
    }
  })
  const measure = () => doc.documentElement.style.setProperty('--bar-h', bar.offsetHeight + 'px')
  addEventListener('resize', measure)
  measure()
  apply()
})()
`
