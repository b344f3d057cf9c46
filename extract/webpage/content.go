package webpage

import "math"

// blockWeight is how much a text block looks like article prose: its text
// outside links, discounted when it has no sentence punctuation, and nothing
// when links dominate it or a container around it is marked as boilerplate.
func blockWeight(b *block) float64 {
	own := float64(b.chars - b.link)
	if own <= 0 || float64(b.link) > 0.5*float64(b.chars) {
		return 0
	}
	w := own
	if b.punct == 0 {
		w *= 0.3
	} else {
		// Prose carries a mark every 10-30 characters.
		w *= math.Min(1.5, 0.7+8*float64(b.punct)/float64(b.chars))
	}
	if b.reason != "" && b.reason != "content" {
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
	switch e.hint {
	case "":
	case "content":
		s *= 1.25
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
	threshold := math.Max(10, 0.2*l.final(top))
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
	return false
}

// inside reports whether element e lies in one of the selected subtrees.
func (l *layout) inside(e int, sel []int) bool {
	for _, s := range sel {
		if e >= s && e <= l.elems[s].end {
			return true
		}
	}
	return false
}
