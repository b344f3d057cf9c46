package web

import (
	"sort"
	"strconv"
	"strings"

	"github.com/zhnews/zhnews/pipeline"
)

// Span kinds, which are also the CSS classes of marked text.
const (
	KindPerson   = "person"
	KindOrg      = "org"
	KindLocation = "location"
	KindFigure   = "figure"
	KindDate     = "date"
)

// kindNames are the labels of span kinds on the page.
var kindNames = map[string]string{
	KindPerson: "人物", KindOrg: "机构", KindLocation: "地点", KindFigure: "数字", KindDate: "日期",
}

// Run is a piece of an article paragraph: plain text (Kind "") or a span
// with the normalized value shown on hover.
type Run struct {
	Text  string
	Kind  string
	Value string
	Mark  bool // a word of the search that led here
}

// span is an annotation in rune offsets into the body.
type span struct {
	start, end int
	kind, text string
	value      string
}

// Paragraphs splits the body of rec into paragraphs of runs, marking its
// entities, figures and dates. Spans whose offsets fall outside the body or
// do not match their text are left out, as are spans overlapping an earlier
// or longer one; a span across a paragraph break is cut at the break.
func Paragraphs(rec *pipeline.Record) [][]Run {
	body := []rune(rec.Body)
	spans := validSpans(body, spansOf(rec))
	var paras [][]Run
	var cur []Run
	blank := true
	flush := func() {
		if !blank {
			paras = append(paras, cur)
		}
		cur, blank = nil, true
	}
	emit := func(text, kind, value string) {
		for i, line := range strings.Split(text, "\n") {
			if i > 0 {
				flush()
			}
			if line != "" {
				cur = append(cur, Run{Text: line, Kind: kind, Value: value})
				blank = blank && strings.TrimSpace(line) == ""
			}
		}
	}
	pos := 0
	for _, s := range spans {
		emit(string(body[pos:s.start]), "", "")
		emit(string(body[s.start:s.end]), s.kind, s.value)
		pos = s.end
	}
	emit(string(body[pos:]), "", "")
	flush()
	return paras
}

// spansOf collects the annotations of rec.
func spansOf(rec *pipeline.Record) []span {
	var out []span
	for _, e := range rec.Entities {
		v := kindNames[e.Type]
		if v == "" {
			continue
		}
		if e.Role != "" {
			v += " · " + e.Role
		}
		out = append(out, span{e.Start, e.End, e.Type, e.Text, v})
	}
	for _, f := range rec.Figures {
		v := "= " + number(f.Value)
		if f.Max != nil {
			v += " – " + number(*f.Max)
		}
		if f.Unit != "" {
			v += " " + f.Unit
		}
		if f.Approx {
			v += "（约数）"
		}
		out = append(out, span{f.Start, f.End, KindFigure, f.Text, v})
	}
	for _, d := range rec.Dates {
		out = append(out, span{d.Start, d.End, KindDate, d.Text, d.Value})
	}
	return out
}

// validSpans keeps the spans that fit the body and match their text, in
// order, without overlaps: of two overlapping spans the one starting first,
// or the longer of two starting together, wins.
func validSpans(body []rune, spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	last := 0
	for _, s := range spans {
		if s.start < last || s.end <= s.start || s.end > len(body) {
			continue
		}
		if s.text != "" && string(body[s.start:s.end]) != s.text {
			continue
		}
		out = append(out, s)
		last = s.end
	}
	return out
}

// number writes v with thousands separators and no exponent.
func number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) > 4 {
		var b strings.Builder
		for i, c := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		whole = b.String()
	}
	if frac != "" {
		whole += "." + frac
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}

// EntityGroup is the distinct entities of one type in an article, most
// mentioned first.
type EntityGroup struct {
	Type, Name string
	Items      []EntityCount
}

// EntityCount is an entity with how often the article mentions it.
type EntityCount struct {
	Text  string
	Role  string
	Count int
}

// entityGroups groups the entities of rec by type: persons, orgs, locations.
func entityGroups(rec *pipeline.Record) []EntityGroup {
	var out []EntityGroup
	for _, typ := range []string{KindPerson, KindOrg, KindLocation} {
		g := EntityGroup{Type: typ, Name: kindNames[typ]}
		at := map[string]int{}
		for _, e := range rec.Entities {
			if e.Type != typ {
				continue
			}
			i, ok := at[e.Text]
			if !ok {
				i = len(g.Items)
				at[e.Text] = i
				g.Items = append(g.Items, EntityCount{Text: e.Text})
			}
			g.Items[i].Count++
			if g.Items[i].Role == "" {
				g.Items[i].Role = e.Role
			}
		}
		sort.SliceStable(g.Items, func(i, j int) bool { return g.Items[i].Count > g.Items[j].Count })
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	return out
}
