package webpage

import (
	"strings"
	"unicode/utf8"
)

// metaLine reports a short line without sentences that names page furniture:
// a byline, a dateline, a toolbar or a counter.
func metaLine(s string) bool {
	if utf8.RuneCountInString(s) > 80 || strings.ContainsAny(s, "。！？") {
		return false
	}
	if findDate(s) != "" {
		return true
	}
	for _, w := range metaWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// trimEdges cleans the body's blocks and returns its paragraphs: it cuts the
// body at a heading that opens a list of related articles, drops lines of
// bare bullets and rules, and drops a repeated title, furniture lines and one- or
// two-character crumbs from both ends.
func trimEdges(body []*block, p *Page) []string {
	remove := func(b *block, reason string) {
		b.removed = reason
	}
	kept := body[:0:0]
	for i, b := range body {
		if i > 0 && relatedHeading(b.text) && (i+1 == len(body) || listLine(body[i+1])) {
			for _, r := range body[i:] {
				remove(r, "related")
			}
			break
		}
		if strings.Trim(b.text, separators) == "" {
			remove(b, "symbols")
			continue
		}
		kept = append(kept, b)
	}
	lo, hi := 0, len(kept)
	title := strings.ReplaceAll(p.Title, " ", "")
	edge := func(b *block) string {
		switch {
		case title != "" && strings.ReplaceAll(b.text, " ", "") == title:
			return "title"
		case metaLine(b.text):
			return "meta"
		case b.chars <= 2:
			return "short"
		}
		return ""
	}
	for ; lo < hi; lo++ {
		r := edge(kept[lo])
		if r == "" {
			break
		}
		remove(kept[lo], r)
	}
	for ; hi > lo; hi-- {
		r := edge(kept[hi-1])
		if r == "" {
			break
		}
		remove(kept[hi-1], r)
	}
	out := make([]string, 0, hi-lo)
	for _, b := range kept[lo:hi] {
		out = append(out, b.text)
	}
	return out
}

// relatedHeading reports a line that announces a list of other articles.
func relatedHeading(s string) bool {
	if utf8.RuneCountInString(s) > 12 {
		return false
	}
	s = strings.TrimRight(strings.TrimSpace(s), "：:>》» ")
	s = strings.TrimLeft(s, "·•■□▲►【[ ")
	s = strings.TrimRight(s, "】]")
	return related[s]
}

// separators are the bullets and rules that pages put on lines of their own.
const separators = "·•|｜-－_=*~～ "

// listLine reports a line that looks like an entry in a list of articles:
// short, mostly a link, or opened by a bullet.
func listLine(b *block) bool {
	return b.chars <= 40 || linky(b) || strings.ContainsAny(firstRune(b.text), "·•■□▲►◆◇-*【[")
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// fillMeta sets the publish time, authors and source from the page's own
// metadata first, then from the visible lines around the body.
func fillMeta(p *Page, m *pageMeta, l *layout, body []*block) {
	for _, d := range m.dates {
		if v := metaDate(d); v != "" {
			p.Published = v
			break
		}
	}
	near := nearBody(l, body)
	switch seen := visibleDate(l, near, m.modified); {
	case p.Published == "":
		p.Published = seen
	case len(p.Published) == 10 && len(seen) > 10 && seen[:10] == p.Published:
		p.Published = seen // the page shows the time of the day its metadata gives
	case len(p.Published) > 16:
		// Metadata often holds the time the page was generated or
		// indexed; the dateline under the headline, on the same day, is
		// the time the article was published.
		if head := headDate(l, body); len(head) > 16 && head[:10] == p.Published[:10] && head[11:16] != p.Published[11:16] {
			p.Published = head
		}
	}
	p.Authors = metaAuthors(m.authors)
	p.Source = cleanSource(m.source)
	for _, i := range near {
		t := l.blocks[i].text
		if len(p.Authors) == 0 && l.blocks[i].chars < 80 {
			p.Authors = bylineAuthors(t)
		}
		if p.Source == "" {
			p.Source = visibleSource(t)
		}
	}
	if p.Source == "" {
		p.Source = datelineSource(l, near)
	}
	if len(p.Authors) == 0 && len(body) > 0 {
		p.Authors = tailAuthors(body[len(body)-1].text)
	}
	p.Authors = notSource(p.Authors, p.Source)
}

// notSource drops authors that are the source itself: sites put their own
// name in the author tag (参考消息 by 参考消息).
func notSource(authors []string, source string) []string {
	out := authors[:0]
	for _, a := range authors {
		if a != source {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nearBody lists block indexes to search for bylines and datelines, nearest
// first: the lines just before the body, its first and last lines, and the
// lines just after it.
func nearBody(l *layout, body []*block) []int {
	if len(body) == 0 {
		return nil
	}
	first, last := -1, -1
	for i := range l.blocks {
		if &l.blocks[i] == body[0] {
			first = i
		}
		if &l.blocks[i] == body[len(body)-1] {
			last = i
		}
	}
	var out []int
	for i := first - 1; i >= 0 && i >= first-10; i-- {
		out = append(out, i)
	}
	for i := first; i <= last && i < first+8; i++ {
		out = append(out, i)
	}
	for i := max(last-2, first+8); i <= last; i++ {
		out = append(out, i)
	}
	for i := last + 1; i < len(l.blocks) && i <= last+10; i++ {
		out = append(out, i)
	}
	return out
}

// headDate returns the date and time of the dateline among the lines just
// above the body, or "".
func headDate(l *layout, body []*block) string {
	if len(body) == 0 {
		return ""
	}
	for i := range l.blocks {
		if &l.blocks[i] != body[0] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			b := &l.blocks[j]
			if b.chars > 80 || copyrightLine(b.text) || updateLine(b.text) {
				continue
			}
			if d := findDate(b.text); d != "" {
				return d
			}
		}
		break
	}
	return ""
}

// visibleDate finds the dateline near the body (an update time only when
// there is no other), then a year-less publish label dated by known, else
// the first date on the page.
func visibleDate(l *layout, near []int, known []string) string {
	updated := ""
	for _, i := range near {
		b := &l.blocks[i]
		if b.chars > 80 || copyrightLine(b.text) {
			continue
		}
		d := findDate(b.text)
		switch {
		case d != "" && updateLine(b.text):
			if updated == "" {
				updated = d
			}
		case d != "":
			return d
		}
	}
	if updated != "" {
		return updated
	}
	for _, i := range near {
		if b := &l.blocks[i]; b.chars <= 80 {
			if d := shortDate(b.text, known); d != "" {
				return d
			}
		}
	}
	for i := range l.blocks {
		b := &l.blocks[i]
		if copyrightLine(b.text) {
			continue
		}
		if d := findDate(b.text); d != "" {
			return d
		}
	}
	return ""
}

func dedupe(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
