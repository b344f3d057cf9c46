package webpage

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zhnews/zhnews/extract"
)

// Page is the article found in one HTML page.
type Page struct {
	Title      string
	Published  string // ISO 8601: 2024-03-29T15:07:43+08:00, or 2024-03-29 without a time
	Source     string
	Authors    []string
	Paragraphs []string
	Removed    []extract.Removed // text blocks outside the body, with why
}

// dropTags are elements whose content is never article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Option: true,
	atom.Head: true, atom.Canvas: true, atom.Map: true,
}

// Parse finds the article in an HTML page (already decoded to UTF-8).
func Parse(page string) (*Page, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		// Too deeply nested for the parser: keep the text, drop inner tags.
		doc, err = goquery.NewDocumentFromReader(strings.NewReader(shallow(page)))
	}
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	m := readMeta(doc)
	root := doc.Get(0)
	prune(root)
	l := flatten(root)
	l.score()
	top := l.best()
	sel := l.selection(top)
	p := &Page{}
	found := l.split(sel, l.inherited(top))
	body := l.dropHeadline(l.dropCaptions(found))
	p.Title = chooseTitle(m, l, body)
	p.Paragraphs = trimEdges(dropBadgedTitle(body, p.Title), p)
	p.Removed = l.removed()
	fillMeta(p, m, l, found) // bylines and datelines are looked for around the body as found
	return p, nil
}

// prune removes scripts, styles, comments and form controls, iteratively.
func prune(root *html.Node) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode || c.Type == html.DoctypeNode ||
				(c.Type == html.ElementNode && (dropTags[c.DataAtom] || hidden(c))) {
				n.RemoveChild(c)
			} else if c.Type == html.ElementNode {
				stack = append(stack, c)
			}
			c = next
		}
	}
}

// hiddenClasses are class names that CSS frameworks use for content not shown.
var hiddenClasses = map[string]bool{"hidden": true, "hide": true, "d-none": true, "invisible": true}

// hiddenClass reports a class name that hides its element: "hidden", or one
// that starts with "hidden-" or ends with "-hidden" or "-hide".
func hiddenClass(c string) bool {
	return hiddenClasses[c] || strings.HasPrefix(c, "hidden-") ||
		strings.HasSuffix(c, "-hidden") || strings.HasSuffix(c, "-hide")
}

// hidden reports an element styled or marked as not shown.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if hiddenClass(c) {
					return true
				}
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// split sorts the blocks into the body, in order, and marks the rest removed.
// Inside the body, blocks under a boilerplate container (comments, share
// bars) are removed unless the whole body sits in such a container.
func (l *layout) split(sel []int, topReason string) []*block {
	var body []*block
	in := l.marked(sel)
	for i := range l.blocks {
		b := &l.blocks[i]
		bad := b.reason != "" && b.reason != "content" && b.reason != "title" && !weakReasons[b.reason] && b.reason != topReason
		inBody := b.owner >= 0 && in[b.owner]
		switch {
		case inBody && !linky(b) && !bad:
			body = append(body, b)
		default:
			b.removed = outsideReason(b, inBody)
		}
	}
	return body
}

// linky reports a block that is mostly link text: a menu or a list of links.
func linky(b *block) bool {
	return b.link*2 > b.chars
}

func outsideReason(b *block, inBody bool) string {
	switch {
	case b.reason != "" && b.reason != "content":
		return b.reason
	case linky(b):
		return "links"
	case inBody:
		return "links"
	}
	return "outside-content"
}

// parseDoc parses page into a DOM.
func parseDoc(page string) (*html.Node, error) {
	return html.Parse(strings.NewReader(page))
}

// removed lists the blocks that left the body, in page order.
func (l *layout) removed() []extract.Removed {
	var out []extract.Removed
	for i := range l.blocks {
		if b := &l.blocks[i]; b.removed != "" {
			out = append(out, extract.Removed{Text: b.text, Reason: b.removed})
		}
	}
	return out
}

// dropHeadline removes a headline that opens the body: a heading followed
// on the page by a dateline or byline line (in the body or not) is the
// article's header, whatever the <title> says. Out of the body, it is the heading before it, which the
// title may come from.
func (l *layout) dropHeadline(body []*block) []*block {
	if len(body) < 3 || !body[0].heading || body[0].chars < 6 || body[0].chars > 80 {
		return body
	}
	for i := range l.blocks {
		if &l.blocks[i] == body[0] {
			if i+1 < len(l.blocks) && metaLine(l.blocks[i+1].text) {
				body[0].removed = "title"
				return body[1:]
			}
			break
		}
	}
	return body
}

// badgeMax is the longest label a site sets before a headline in the same
// element: "原创", "独家", "置顶".
const badgeMax = 4

// dropBadgedTitle removes the title repeated at the top of the body with a
// badge before it ("原创 最不愁吃肉的国家…"), which an exact comparison with
// the title misses.
func dropBadgedTitle(body []*block, title string) []*block {
	t := strings.ReplaceAll(title, " ", "")
	if utf8.RuneCountInString(t) < 6 {
		return body
	}
	for i := 0; i < len(body) && i < 2; i++ {
		s := strings.ReplaceAll(body[i].text, " ", "")
		badge := strings.TrimSuffix(s, t)
		if badge == s || badge == "" || utf8.RuneCountInString(badge) > badgeMax || strings.ContainsAny(badge, "。，！？：") {
			continue
		}
		body[i].removed = "title"
		return append(body[:i:i], body[i+1:]...)
	}
	return body
}
