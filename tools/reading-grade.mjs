// Flesch-Kincaid grade of each text given on stdin as JSON [{"id": "...", "text": "..."}], printed as JSON
// [{"id", "grade", "sentences", "words", "syllables"}]. Syllables come from the maintained `syllable` package
// and the formula from `flesch-kincaid` (both by wooorm); only sentence and word splitting is done here.
// Usage: node tools/reading-grade.mjs < texts.json
import {syllable} from 'syllable'
import {fleschKincaid} from 'flesch-kincaid'

const input = JSON.parse(await new Promise((resolve) => {
  let data = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (chunk) => { data += chunk })
  process.stdin.on('end', () => resolve(data))
}))

const out = input.map(({id, text}) => {
  // A sentence ends with . ! ? or a line break (list items and headings are separate lines).
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /[A-Za-z]/.test(s))
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0)
  const counts = {sentence: sentences.length, word: words.length, syllable: syllables}
  return {id, grade: Math.round(fleschKincaid(counts) * 10) / 10, sentences: counts.sentence,
    words: counts.word, syllables}
})
process.stdout.write(JSON.stringify(out))
