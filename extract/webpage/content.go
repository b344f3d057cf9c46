package webpage

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// weakReasons are hints too loose to rule text out: a "right" column or a
// "header" may hold the article on some sites. They lower a block's weight
// instead of zeroing it, and do not remove it from the body.
var weakReasons = map[string]bool{"sidebar": true, "header": true}

// blockWeight is how much a text block looks like article prose: its text
// outside links, discounted when it has no sentence punctuation, and nothing
// when links dominate it or a container around it is marked as boilerplate.
func blockWeight(b *block) float64 {
	own := float64(b.chars - b.link)
	if own <= 0 || float64(b.link) > 0.5*float64(b.chars) {
		return 0
	}
	w := own * (1 - float64(b.link)/float64(b.chars))
	if own < 30 {
		// Short lines are captions, bylines and list entries more often than prose.
		w *= own / 30
	}
	if b.punct == 0 {
		w *= 0.3
	} else {
		// Prose carries a mark every 10-30 characters.
		w *= math.Min(1.5, 0.7+8*float64(b.punct)/float64(b.chars))
	}
	switch {
	case weakReasons[b.reason]:
		w *= 0.3
	case b.reason != "" && b.reason != "content" && b.reason != "title":
		return 0
	}
	return w
}

// score gives each element the weight of the blocks it holds directly
// (through paragraph tags) and half of that of its children.
func (l *layout) score() {
	for i := range l.blocks {
		b := &l.blocks[i]
		if b.owner < 0 {
			continue
		}
		l.elems[b.owner].chars += b.chars
		l.elems[b.owner].links += b.link
		w := blockWeight(b)
		if w == 0 {
			continue
		}
		if l.elems[b.owner].node.DataAtom == atom.Li {
			w /= 2 // list entries are headlines and menus more often than prose
		}
		e := b.owner
		if l.elems[e].para && l.elems[e].parent >= 0 {
			e = l.elems[e].parent
		}
		l.elems[e].score += w
		if p := l.elems[e].parent; p >= 0 {
			l.elems[p].score += w / 2
		}
	}
	for i := len(l.elems) - 1; i > 0; i-- {
		if p := l.elems[i].parent; p >= 0 {
			l.elems[p].chars += l.elems[i].chars
			l.elems[p].links += l.elems[i].links
		}
	}
}

// final is an element's score with its link density and hint applied.
func (l *layout) final(i int) float64 {
	e := &l.elems[i]
	if e.chars == 0 {
		return 0
	}
	s := e.score * (1 - float64(e.links)/float64(e.chars))
	switch {
	case e.hint == "" || e.hint == "title":
	case e.hint == "content":
		s *= 1.25
	case weakReasons[e.hint]:
		s *= 0.8
	default:
		s *= 0.5
	}
	return s
}

// best returns the index of the element that most looks like the article
// container, or -1 when the page has no text.
func (l *layout) best() int {
	top, topScore := -1, 0.0
	for i := range l.elems {
		if s := l.final(i); s > topScore {
			top, topScore = i, s
		}
	}
	return l.firstPeer(top)
}

// firstPeer handles pages that list several posts in the same kind of
// container (a blog's front page): when the best container, or one of its
// near ancestors, is one of three or more twins (same tag, class and depth,
// each with some prose), the best container inside the first twin is taken,
// as the page's own ordering puts its lead article first.
func (l *layout) firstPeer(top int) int {
	a := top
	for up := 0; up < 8 && a >= 0; up, a = up+1, l.elems[a].parent {
		if first := l.twins(a); first >= 0 {
			return l.bestIn(first)
		}
	}
	return top
}

// twins returns the first of the earlier elements like a (same tag, class
// and depth, with some prose of their own and few links) when a and they
// make a list of at least three posts, or -1.
func (l *layout) twins(a int) int {
	class := attr(l.elems[a].node, "class")
	if class == "" {
		return -1
	}
	first, count := -1, 1
	for i := 0; i < len(l.elems); i++ {
		e := &l.elems[i]
		if i == a || (i < a && e.end >= a) || e.node.DataAtom != l.elems[a].node.DataAtom || attr(e.node, "class") != class {
			continue // a itself, an ancestor, or another kind of element
		}
		if l.prose(i) < 0.05*l.prose(a) || e.links*3 >= e.chars || l.depth(i) != l.depth(a) || l.final(l.bestIn(i)) < 50 {
			continue
		}
		count++
		if first < 0 && i < a {
			first = i
		}
		i = e.end // twins do not nest
	}
	if count < 3 {
		return -1
	}
	return first
}

// depth is the number of ancestors of element i.
func (l *layout) depth(i int) int {
	d := 0
	for ; i >= 0; i = l.elems[i].parent {
		d++
	}
	return d
}

// prose is the text outside links in element i's subtree.
func (l *layout) prose(i int) float64 {
	return float64(l.elems[i].chars - l.elems[i].links)
}

// bestIn returns the best-scoring element of i's subtree.
func (l *layout) bestIn(i int) int {
	top, topScore := i, l.final(i)
	for j := i + 1; j <= l.elems[i].end; j++ {
		if s := l.final(j); s > topScore {
			top, topScore = j, s
		}
	}
	return top
}

// selection returns the subtrees that make up the body: the best container
// and those of its siblings that score close to it.
func (l *layout) selection(top int) []int {
	if top < 0 {
		return nil
	}
	parent := l.elems[top].parent
	if parent < 0 {
		return []int{top}
	}
	threshold := math.Max(10, 0.35*l.final(top))
	var out []int
	for i := parent + 1; i <= l.elems[parent].end; i = l.elems[i].end + 1 {
		if i == top || l.siblingLike(i, threshold) {
			out = append(out, i)
		}
	}
	return out
}

// siblingLike reports whether a sibling of the best container holds body text.
func (l *layout) siblingLike(i int, threshold float64) bool {
	e := &l.elems[i]
	if e.chars == 0 || (e.hint != "" && e.hint != "content") {
		return false
	}
	ld := float64(e.links) / float64(e.chars)
	if l.final(i) >= threshold && ld < 0.3 {
		return true
	}
	// A paragraph beside the container (a lead set apart) scores for its
	// parent, so judge its own text: a punctuated sentence without links.
	return e.para && e.chars-e.links >= 20 && ld < 0.25 && l.sentences(i)
}

// sentences reports whether element i's text ends a sentence somewhere.
func (l *layout) sentences(i int) bool {
	return strings.ContainsAny(l.text(i), "。！？")
}

// text returns the text of element i's subtree, walking it without recursion.
func (l *layout) text(i int) string {
	var b strings.Builder
	stack := []*html.Node{l.elems[i].node}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// marked returns, for each element, whether it lies in one of the selected
// subtrees. The subtrees are disjoint, so this is linear.
func (l *layout) marked(sel []int) []bool {
	in := make([]bool, len(l.elems))
	for _, s := range sel {
		for e := s; e <= l.elems[s].end; e++ {
			in[e] = true
		}
	}
	return in
}

// inherited returns the innermost hint on element i or its ancestors.
func (l *layout) inherited(i int) string {
	for ; i >= 0; i = l.elems[i].parent {
		if h := l.elems[i].hint; h != "" {
			return h
		}
	}
	return ""
}
