package web

import (
	"html"
	"strings"
)

// Seg is a run of text on a page: plain, or marked as a search hit.
type Seg struct {
	Text string
	Mark bool
}

// Segments turns a highlighted fragment from the index (HTML-escaped text
// with <mark> around hits) back into plain text runs, so that templates
// escape every character themselves and no index text is ever trusted as
// HTML. A stray or unbalanced tag is kept as text.
func Segments(hl string) []Seg {
	var out []Seg
	add := func(text string, mark bool) {
		text = html.UnescapeString(text)
		if text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Mark == mark {
			out[n-1].Text += text
			return
		}
		out = append(out, Seg{text, mark})
	}
	for hl != "" {
		open := strings.Index(hl, "<mark>")
		if open < 0 {
			add(hl, false)
			break
		}
		end := strings.Index(hl[open:], "</mark>")
		if end < 0 {
			add(hl, false)
			break
		}
		add(hl[:open], false)
		add(hl[open+len("<mark>"):open+end], true)
		hl = hl[open+end+len("</mark>"):]
	}
	return out
}
