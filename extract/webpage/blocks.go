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
}

// element is what the content finder knows about one element of the DOM.
type element struct {
	node   *html.Node
	parent int // element index, -1 for the root
	end    int // index of the last element in this subtree
	chars  int
	links  int // non-space runes inside links
	score  float64
	hint   string // reason from its own tag, class or id
	para   bool   // a paragraph-like tag whose score goes to its parent
	link   bool   // an <a> with an href
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
	case '，', '。', '！', '？', '；', '：', '、', '“', '”', '‘', '’', '《', '》', '（', '）', '…', '—',
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

// flatten walks the tree without recursion and cuts its text into blocks.
func flatten(root *html.Node) *layout {
	l := &layout{}
	var cur strings.Builder
	var curChars, curLink, curPunct int
	inLink, inHeading := 0, 0
	hintStack := []string{""}
	flush := func(owner int) {
		if curChars > 0 {
			l.blocks = append(l.blocks, block{
				text: strings.TrimSpace(cur.String()), chars: curChars, link: curLink, punct: curPunct,
				owner: owner, reason: hintStack[len(hintStack)-1], heading: inHeading > 0,
			})
		}
		cur.Reset()
		curChars, curLink, curPunct = 0, 0, 0
	}
	// owners is the stack of open block-level element indexes.
	owners := []int{}
	owner := func() int {
		if len(owners) == 0 {
			return -1
		}
		return owners[len(owners)-1]
	}
	stack := []frame{{n: root, elem: -1}}
	open := []int{} // stack of open element indexes
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.exit {
			e := f.elem
			l.elems[e].end = len(l.elems) - 1
			open = open[:len(open)-1]
			switch {
			case l.elems[e].link:
				inLink--
			case isHeading(n.DataAtom):
				inHeading--
			}
			if blockTags[n.DataAtom] {
				flush(owner())
				owners = owners[:len(owners)-1]
			}
			if l.elems[e].hint != "" {
				hintStack = hintStack[:len(hintStack)-1]
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			c, p := appendText(&cur, n.Data)
			curChars += c
			curPunct += p
			if inLink > 0 {
				curLink += c
			}
			continue
		case html.ElementNode:
		case html.DocumentNode:
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, frame{n: c})
			}
			continue
		default:
			continue
		}
		if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
			flush(owner())
			continue
		}
		parent := -1
		if len(open) > 0 {
			parent = open[len(open)-1]
		}
		e := len(l.elems)
		l.elems = append(l.elems, element{node: n, parent: parent, hint: elementHint(n), para: paraTags[n.DataAtom], link: isLink(n)})
		open = append(open, e)
		if l.elems[e].hint != "" {
			hintStack = append(hintStack, l.elems[e].hint)
		}
		switch {
		case l.elems[e].link:
			inLink++
		case isHeading(n.DataAtom):
			inHeading++
		}
		if blockTags[n.DataAtom] {
			flush(owner())
			owners = append(owners, e)
		}
		stack = append(stack, frame{n: n, elem: e, exit: true})
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	flush(owner())
	return l
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
		if a.Key == "class" || a.Key == "id" {
			classID += " " + a.Val
		}
	}
	return classify(classID)
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
