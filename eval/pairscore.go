package eval

import (
	"fmt"
	"strings"

	"github.com/zhnews/zhnews/pipeline"
)

// pairCtx scores one gold article against one record. gi is -1 for an extra
// record (scored against empty labels), ri is -1 for an unpaired article
// (scored against an empty record).
type pairCtx struct {
	s      *scorer
	dr     *docResult
	gi, ri int
	g      *Article
	r      *pipeline.Record
	pred   []rune
	gold   []rune
}

func (s *scorer) scorePair(dr *docResult, gi, ri int, g *Article, r *pipeline.Record) {
	c := &pairCtx{s: s, dr: dr, gi: gi, ri: ri, g: g, r: r,
		pred: []rune(r.Body), gold: []rune(g.BodyText())}
	c.body()
	c.scalar(FieldTitle, g.Title, r.Title, norm)
	c.scalar(FieldPublished, g.Published, r.Published, dayOf)
	c.scalar(FieldSource, g.Source, r.Source, norm)
	c.authors()
	c.entities()
	c.figures()
	c.dates()
}

// labeled counts the article for field when it is a real gold article.
func (c *pairCtx) labeled(field string) {
	if c.gi >= 0 {
		c.s.articles[field]++
	}
}

func (c *pairCtx) mark(m Mark) {
	if c.ri < 0 {
		return
	}
	if !spanOK(c.pred, m.Start, m.End, m.Text) {
		m.Start, m.End = locate(c.r.Body, m.Text)
	}
	c.dr.Marks[c.ri] = append(c.dr.Marks[c.ri], m)
}

func (c *pairCtx) body() {
	as := ArticleScore{Doc: c.dr.Doc, Article: c.gi, Line: c.g.Line, Record: c.ri}
	defer func() { c.s.rep.Scores = append(c.s.rep.Scores, as) }()
	if c.g.Body == nil {
		return
	}
	c.labeled(FieldBody)
	gb := c.g.BodyText()
	sc := BodyScore(c.r.Body, gb)
	as.Body = &sc
	c.s.add(FieldBody, BigramCounts(c.r.Body, gb))
	c.s.bodies.add(c.gi >= 0, c.ri >= 0, sc)
	switch {
	case c.ri < 0:
		c.finding(FieldBody, "fn", snippet(gb), "", "no predicted record for this article", "", -1, -1)
	case c.gi < 0:
		c.finding(FieldBody, "fp", snippet(c.r.Body), "", "extra record, paired with no labeled article", "", -1, -1)
	default:
		c.paragraphs(gb)
	}
}

// ParagraphCover is the share of a paragraph's bigrams that must occur in
// the other body for the paragraph not to be listed as missing or extra.
const ParagraphCover = 0.5

// paragraphs lists, as body findings, the labeled paragraphs mostly missing
// from the predicted body (fn) and the predicted ones mostly absent from the
// labeled body (fp), so a reviewer sees where a body score comes from.
func (c *pairCtx) paragraphs(gold string) {
	predBag, goldBag := bag(c.r.Body), bag(gold)
	for _, p := range strings.Split(gold, "\n") {
		if cov, ok := cover(p, predBag); ok && cov < ParagraphCover {
			c.finding(FieldBody, "fn", snippet(p), "", coverNote("missing paragraph", cov), "", -1, -1)
		}
	}
	for _, p := range strings.Split(c.r.Body, "\n") {
		if cov, ok := cover(p, goldBag); ok && cov < ParagraphCover {
			c.finding(FieldBody, "fp", snippet(p), "", coverNote("extra paragraph", cov), "", -1, -1)
		}
	}
}

// bag counts the bigrams of s.
func bag(s string) map[string]int {
	m := map[string]int{}
	for _, b := range Bigrams(s) {
		m[b]++
	}
	return m
}

// cover returns the share of para's bigrams found in a body's bag (multiset
// overlap); ok is false for an empty paragraph.
func cover(para string, body map[string]int) (float64, bool) {
	own := bag(para)
	total, found := 0, 0
	for b, n := range own {
		total += n
		found += min(n, body[b])
	}
	if total == 0 {
		return 0, false
	}
	return float64(found) / float64(total), true
}

func coverNote(what string, cov float64) string {
	return fmt.Sprintf("%s: %.0f%% of its bigrams in the other body", what, 100*cov)
}

// snippet is the start of a body, to name an article in a finding.
func snippet(s string) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) > 2*ContextRunes {
		return string(rs[:2*ContextRunes]) + "…"
	}
	return string(rs)
}

// scalar scores a single-valued field compared by key.
func (c *pairCtx) scalar(field string, gold *string, pred string, key func(string) string) {
	if gold == nil {
		return
	}
	c.labeled(field)
	gk, pk := key(*gold), key(pred)
	var n Counts
	if pk != gk && pk != "" {
		n.FP = 1
		c.finding(field, "fp", pred, "", noteIf("gold: ", *gold), "", -1, -1)
	}
	if pk != gk && gk != "" {
		n.FN = 1
		c.finding(field, "fn", *gold, "", noteIf("predicted: ", pred), "", -1, -1)
	}
	if pk == gk && gk != "" {
		n.TP = 1
	}
	c.s.add(field, n)
}

func noteIf(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// fp records a false positive found at [start, end) of the predicted body,
// or wherever its text first occurs there.
func (c *pairCtx) fp(field, text, label string, start, end int) {
	if !spanOK(c.pred, start, end, text) {
		start, end = locate(c.r.Body, text)
	}
	in := ""
	if start >= 0 {
		in = "pred"
	}
	c.finding(field, "fp", text, label, "", in, start, end)
}

// fn records a false negative, located in the predicted body if it is there
// (found but not extracted) or else in the labeled body.
func (c *pairCtx) fn(field, text, label string) {
	if start, end := locate(c.r.Body, text); start >= 0 {
		c.finding(field, "fn", text, label, "", "pred", start, end)
		if k := kindOf(field); k != "" && c.ri >= 0 {
			c.dr.Marks[c.ri] = append(c.dr.Marks[c.ri], Mark{k, start, end, text, label, StatusFN})
		}
		return
	}
	start, end := locate(c.g.BodyText(), text)
	in := ""
	if start >= 0 {
		in = "gold"
	}
	c.finding(field, "fn", text, label, "", in, start, end)
}

func (c *pairCtx) finding(field, kind, text, label, note, in string, start, end int) {
	f := Finding{Field: field, Kind: kind, Doc: c.dr.Doc, Article: c.gi, Record: c.ri,
		Text: text, Label: label, Note: note, In: in, Start: start, End: end}
	switch in {
	case "pred":
		f.Before, f.After = window(c.pred, start, end)
	case "gold":
		f.Before, f.After = window(c.gold, start, end)
	}
	c.s.rep.Findings = append(c.s.rep.Findings, f)
}
