// Package webpage turns a raw HTML news page into its article: the decoded
// text, the title, publish time, source and authors, the body paragraphs
// found by text and punctuation density over the DOM, and every text block
// left outside the body with the reason it was dropped.
//
// Decode reads any charset: a byte order mark, then a <meta> declaration,
// then sniffing. GBK and GB2312 are read as GB18030; bytes that are valid
// UTF-8 are read as UTF-8 whatever the page declares.
//
// Parse works in the CETD / GNE family of content finders, tuned for
// Chinese, where a sentence has no spaces. The DOM (scripts, styles,
// comments, form controls and hidden elements removed) is cut into text
// blocks at block-level tags and <br>. Each block is weighed by its text
// outside links and its density of sentence punctuation (，。！？；：、 and
// ASCII marks after Han characters); short lines, list entries and blocks
// under boilerplate containers (class or id words in rules/hints.txt) weigh
// less or nothing. Weights flow to the enclosing container and half to the
// one above; the best container, its siblings that score close to it, and
// lead paragraphs beside it make the body. The body is then cut at a
// related-articles heading (rules/related.txt) and trimmed of furniture
// lines at its ends (rules/metalines.txt). Picture captions leave it too: a
// short line right after an <img> that carries a photo credit, sits in a
// <figcaption> or caption-classed element (rules/captions.txt), or is a
// centered or bare label (see captions.go). A heading that opens the body
// and stands over a dateline is the headline, and so is the title with a
// short badge before it ("原创 标题"); both leave as "title".
//
// Removed reasons: "nav", "header", "footer", "sidebar", "comment",
// "related", "share", "ad" (from the container's tag, class or id),
// "links" (a block that is mostly links), "outside-content" (any other
// block outside the body), and for lines trimmed from the body "caption",
// "title", "meta", "short", "symbols" and "related".
//
// Published comes from <meta>, JSON-LD or <time> first, else from the
// dateline nearest the body; it is ISO 8601 in +08:00 (a time printed
// without a zone is taken as +08:00, one with a zone is moved to it), or a
// bare date when the page gives no time.
//
// All walks over the DOM are iterative, the work is linear in the size of
// the page, and a page nested deeper than the HTML parser accepts is
// reparsed with its innermost tags dropped, so no input panics or hangs.
package webpage
