package webpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is a run of text between block-level boundaries: a paragraph, a
// table cell, a list item, a line ended by <br>.
type block struct {
	text    string
	chars   int    // non-space runes
	link    int    // non-space runes inside <a>
	punct   int    // sentence punctuation
	owner   int    // element index of the nearest block-level ancestor
	reason  string // innermost class/id or tag hint of an ancestor
	heading bool   // inside h1-h6
	removed string // why the block left the body, "" while it is in
	// Where a caption would be: an image came just before the block's
	// text, the text sits in a <figcaption> or caption-classed element,
	// and whether it opens in bold.
	afterImg, inCaption, bold bool
}

// element is what the content finder knows about one element of the DOM.
type element struct {
	node    *html.Node
	parent  int // element index, -1 for the root
	end     int // index of the last element in this subtree
	chars   int
	links   int // non-space runes inside links
	score   float64
	hint    string // reason from its own tag, class or id
	para    bool   // a paragraph-like tag whose score goes to its parent
	link    bool   // an <a> with an href
	caption bool   // a <figcaption> or an element classed as a caption
}

// blockTags end a text block when they open or close.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Table: true, atom.Tbody: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Aside: true, atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Form: true, atom.Center: true,
	atom.Figure: true, atom.Figcaption: true, atom.Body: true, atom.Html: true, atom.Caption: true,
	atom.Fieldset: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// paraTags pass their text score to their parent container.
var paraTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Figcaption: true, atom.Center: true,
}

// tagHints are tags that say what they hold whatever their class.
var tagHints = map[atom.Atom]string{
	atom.Nav: "nav", atom.Footer: "footer", atom.Aside: "sidebar",
	atom.Select: "nav", atom.Button: "nav", atom.Label: "nav",
}

// isPunct reports sentence punctuation, the mark of running prose. ASCII
// marks count only after a Han character (a half-width comma in Chinese
// text), not in times, numbers or URLs.
func isPunct(r rune) bool {
	switch r {
	case '，', '。', '！', '？', '；', '：', '、', '“', '”', '‘', '’', '《', '》', '（', '）', '…', '—', '「', '」', '『', '』',
		',', '.', '!', '?', ';', ':':
		return true
	}
	return false
}

// layout is a page flattened into elements and text blocks.
type layout struct {
	elems  []element
	blocks []block
}

// frame is one step of the iterative walk.
type frame struct {
	n    *html.Node
	elem int
	exit bool
}

// walker holds the state of flatten's walk: the block being filled and the
// stacks of open elements.
type walker struct {
	l                 *layout
	cur               strings.Builder
	chars, link, punc int
	reason            string // hint in force where the current block's text began
	heading           bool
	inLink, inHeading int
	inPre             int // inside <pre>, where a newline ends a line
	inCaption, inBold int
	imgPending        bool // an image came after the last block's text began
	afterImg, caption bool // what held where the current block's text began
	bold              bool
	hints             []string // hints of the open elements that have one
	owners            []int    // open block-level elements
	open              []int    // all open elements
	stack             []frame
}

// flatten walks the tree without recursion and cuts its text into blocks.
func flatten(root *html.Node) *layout {
	w := &walker{l: &layout{}, stack: []frame{{n: root, elem: -1}}}
	for len(w.stack) > 0 {
		f := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		switch {
		case f.exit:
			w.exit(f)
		case f.n.Type == html.TextNode:
			w.text(f.n.Data)
		case f.n.Type == html.DocumentNode:
			w.push(f.n)
		case f.n.Type == html.ElementNode:
			w.enter(f.n)
		}
	}
	w.flush()
	return w.l
}

// push schedules the children of n, first child on top.
func (w *walker) push(n *html.Node) {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		w.stack = append(w.stack, frame{n: c})
	}
}

// text adds a text node to the current block; in preformatted text each
// line is a block of its own.
func (w *walker) text(s string) {
	if w.inPre > 0 && strings.Contains(s, "\n") {
		lines := strings.Split(s, "\n")
		for i, line := range lines {
			w.addText(line)
			if i < len(lines)-1 {
				w.flush()
			}
		}
		return
	}
	w.addText(s)
}

// addText adds text without line breaks to the current block.
func (w *walker) addText(s string) {
	first := w.chars == 0
	if first {
		w.reason, w.heading = w.hint(), w.inHeading > 0
	}
	c, p := appendText(&w.cur, s)
	if first && c > 0 {
		w.afterImg, w.imgPending = w.imgPending, false
		w.caption, w.bold = w.inCaption > 0, w.inBold > 0
	}
	w.chars += c
	w.punc += p
	if w.inLink > 0 {
		w.link += c
	}
}

// enter records element n and schedules its children and its exit.
func (w *walker) enter(n *html.Node) {
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		w.flush()
		return
	}
	if n.DataAtom == atom.Img && pictureImg(n) {
		w.imgPending = true
	}
	parent := -1
	if len(w.open) > 0 {
		parent = w.open[len(w.open)-1]
	}
	e := len(w.l.elems)
	w.l.elems = append(w.l.elems, element{node: n, parent: parent, hint: elementHint(n),
		para: paraTags[n.DataAtom], link: isLink(n), caption: captionElement(n)})
	el := &w.l.elems[e]
	if el.caption {
		w.inCaption++
	}
	if boldTags[n.DataAtom] {
		w.inBold++
	}
	w.open = append(w.open, e)
	if el.hint != "" {
		w.hints = append(w.hints, el.hint)
	}
	if el.link {
		w.inLink++
	}
	if isHeading(n.DataAtom) {
		w.inHeading++
	}
	if n.DataAtom == atom.Pre {
		w.inPre++
	}
	if blockTags[n.DataAtom] {
		w.flush()
		w.owners = append(w.owners, e)
	}
	w.stack = append(w.stack, frame{n: n, elem: e, exit: true})
	w.push(n)
}

// exit closes the element of frame f.
func (w *walker) exit(f frame) {
	el := &w.l.elems[f.elem]
	el.end = len(w.l.elems) - 1
	w.open = w.open[:len(w.open)-1]
	if el.link {
		w.inLink--
	}
	if isHeading(f.n.DataAtom) {
		w.inHeading--
	}
	if f.n.DataAtom == atom.Pre {
		w.inPre--
	}
	if el.caption {
		w.inCaption--
	}
	if boldTags[f.n.DataAtom] {
		w.inBold--
	}
	if blockTags[f.n.DataAtom] {
		w.flush()
		w.owners = w.owners[:len(w.owners)-1]
	}
	if el.hint != "" {
		w.hints = w.hints[:len(w.hints)-1]
	}
}

// hint is the innermost hint in force, or "".
func (w *walker) hint() string {
	if len(w.hints) == 0 {
		return ""
	}
	return w.hints[len(w.hints)-1]
}

// flush ends the current block, if it has text, under the innermost open
// block-level element.
func (w *walker) flush() {
	if w.chars > 0 {
		owner := -1
		if len(w.owners) > 0 {
			owner = w.owners[len(w.owners)-1]
		}
		w.l.blocks = append(w.l.blocks, block{
			text: strings.TrimSpace(w.cur.String()), chars: w.chars, link: w.link, punct: w.punc,
			owner: owner, reason: w.reason, heading: w.heading,
			afterImg: w.afterImg, inCaption: w.caption, bold: w.bold,
		})
	}
	w.cur.Reset()
	w.chars, w.link, w.punc = 0, 0, 0
	w.afterImg, w.caption, w.bold = false, false, false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// elementHint reads what an element's tag, class or id says it holds.
func elementHint(n *html.Node) string {
	if h, ok := tagHints[n.DataAtom]; ok {
		return h
	}
	var classID string
	for _, a := range n.Attr {
		switch {
		case a.Key == "class" || a.Key == "id":
			classID += " " + a.Val
		case a.Key == "itemprop" && strings.EqualFold(a.Val, "articleBody"):
			return "content"
		}
	}
	if h := classify(classID); h != "" || n.DataAtom != atom.Article {
		return h
	}
	return "content" // an <article> without a telling class
}

// appendText adds s to b with runs of white space folded to one space and
// returns the non-space runes and punctuation it held.
func appendText(b *strings.Builder, s string) (chars, punct int) {
	space := b.Len() > 0 && !strings.HasSuffix(b.String(), " ")
	pending := false
	prev := rune(0)
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' || r == '\u200b' || r == '\ufeff' {
			pending = true
			continue
		}
		if pending && (space || chars > 0) {
			b.WriteByte(' ')
		}
		pending = false
		space = true
		b.WriteRune(r)
		chars++
		if isPunct(r) && (r > 0x7f || unicode.Is(unicode.Han, prev)) {
			punct++
		}
		prev = r
	}
	if pending && (chars > 0 || space) {
		b.WriteByte(' ')
	}
	return chars, punct
}

// isLink reports an anchor that leads somewhere; <a name> targets and the
// empty anchors a parser makes when it repairs unclosed tags are not links.
func isLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "href" {
			v := strings.TrimSpace(a.Val)
			return v != "" && v != "#"
		}
	}
	return false
}

// attr returns the value of the named attribute of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
