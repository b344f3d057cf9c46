// Package webpage turns a raw HTML news page into its article: the decoded
// text, the title, publish time, source and authors, the body paragraphs
// found by text and punctuation density over the DOM, and every text block
// left outside the body with the reason it was dropped.
//
// The content finder belongs to the CETD / GNE family, tuned for Chinese,
// where a sentence has no spaces: each text block is scored by its length
// without link text and by its density of sentence punctuation (，。！？；：、),
// scores flow up to the enclosing containers, and the best container (plus
// siblings that carry the same kind of text) is the body.
//
// All walks over the DOM are iterative, so deeply nested pages cannot blow the
// stack, and the work is linear in the size of the page.
package webpage
