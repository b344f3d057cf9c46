package eval

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/zhnews/zhnews/extract"
)

//go:embed report.tmpl
var reportTmpl string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"ratio": ratioCell,
	"pct":   func(p float64) string { return fmt.Sprintf("%.3f", p) },
	"sub":   func(field string) bool { return strings.Contains(field, ".") },
}).Parse(reportTmpl))

// WriteHTML writes a self-contained HTML page for reviewing r by eye: the
// per-field table, then per document each predicted body with its spans
// coloured by kind and status, the missed gold items, the leaked
// boilerplate and the removed text.
func WriteHTML(w io.Writer, r *Report) error {
	data := struct {
		*Report
		Pages []htmlDoc
	}{r, htmlDocs(r)}
	if err := htmlTmpl.Execute(w, data); err != nil {
		return fmt.Errorf("cannot write HTML report: %w", err)
	}
	return nil
}

type htmlDoc struct {
	ID       string
	Doc      string
	Articles []htmlArticle
}

type htmlArticle struct {
	Heading  string
	Body     *PRF
	Leaks    int
	FromGold bool // no record: the labeled body is shown
	Paras    [][]htmlSeg
	Removed  []extract.Removed
	FP, FN   []Finding
	Leaked   []Finding
}

// htmlSeg is a run of body text covered by the same marks.
type htmlSeg struct {
	Text  string
	Class string // "" for unmarked text
	Title string
}

func htmlDocs(r *Report) []htmlDoc {
	var out []htmlDoc
	for i, dr := range r.docs {
		d := htmlDoc{ID: fmt.Sprintf("doc%d", i), Doc: dr.Doc}
		used := map[int]bool{}
		for _, p := range dr.Pairs {
			d.Articles = append(d.Articles, htmlArticleOf(r, dr, p.Gold, p.Record))
			used[p.Record] = true
		}
		for ri := range dr.Recs {
			if !used[ri] {
				d.Articles = append(d.Articles, htmlArticleOf(r, dr, -1, ri))
			}
		}
		out = append(out, d)
	}
	return out
}

func htmlArticleOf(r *Report, dr *docResult, gi, ri int) htmlArticle {
	a := htmlArticle{Heading: articleHeading(dr, gi, ri)}
	for _, s := range r.Scores {
		if s.Doc == dr.Doc && s.Article == gi && s.Record == ri {
			a.Body, a.Leaks = s.Body, s.Leaks
		}
	}
	for _, f := range r.Findings {
		if f.Doc != dr.Doc || f.Record != ri || (f.Field != FieldBoilerplate && f.Article != gi) {
			continue
		}
		switch {
		case f.Field == FieldBoilerplate:
			a.Leaked = append(a.Leaked, f)
		case f.Kind == "fp":
			a.FP = append(a.FP, f)
		default:
			a.FN = append(a.FN, f)
		}
	}
	if ri < 0 {
		a.FromGold = true
		a.Paras = segments(dr.Gold[gi].BodyText(), nil)
		return a
	}
	a.Removed = dr.Recs[ri].Removed
	a.Paras = segments(dr.Recs[ri].Body, dr.Marks[ri])
	return a
}

func articleHeading(dr *docResult, gi, ri int) string {
	switch {
	case gi < 0:
		return fmt.Sprintf("record %d: extra, paired with no labeled article", ri)
	case ri < 0:
		return fmt.Sprintf("labeled article %d (line %d): no predicted record", gi, dr.Gold[gi].Line)
	}
	return fmt.Sprintf("labeled article %d (line %d) ↔ record %d", gi, dr.Gold[gi].Line, ri)
}

// segments cuts body at every mark boundary and at line breaks, giving
// paragraphs of runs that share the same marks.
func segments(body string, marks []Mark) [][]htmlSeg {
	rs := []rune(body)
	cuts := map[int]bool{0: true, len(rs): true}
	var valid []Mark
	for _, m := range marks {
		if m.Start >= 0 && m.Start < m.End && m.End <= len(rs) {
			valid = append(valid, m)
			cuts[m.Start], cuts[m.End] = true, true
		}
	}
	pos := make([]int, 0, len(cuts))
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	paras := [][]htmlSeg{nil}
	for i := 0; i+1 < len(pos); i++ {
		seg := segOf(valid, pos[i], pos[i+1])
		lines := strings.Split(string(rs[pos[i]:pos[i+1]]), "\n")
		for j, line := range lines {
			if j > 0 {
				paras = append(paras, nil)
			}
			if line != "" {
				seg.Text = line
				paras[len(paras)-1] = append(paras[len(paras)-1], seg)
			}
		}
	}
	return paras
}

// statusRank orders statuses by how much a reviewer needs to see them.
var statusRank = map[string]int{StatusLeak: 6, StatusFP: 5, StatusFN: 4, StatusTP: 3, StatusOK: 2, StatusUnscored: 1}

// segOf describes the run [start, end) by the marks covering it: one class
// per kind (k-entity, k-figure, k-date) and the most important status.
func segOf(marks []Mark, start, end int) htmlSeg {
	kinds := map[string]bool{}
	status := ""
	var titles []string
	for _, m := range marks {
		if m.Start > start || m.End < end {
			continue
		}
		kinds[m.Kind] = true
		if statusRank[m.Status] > statusRank[status] {
			status = m.Status
		}
		titles = append(titles, fmt.Sprintf("%s %s %s: %s", m.Kind, m.Label, strings.ToUpper(m.Status), m.Text))
	}
	if len(titles) == 0 {
		return htmlSeg{}
	}
	cls := "m"
	var ks []string
	for _, k := range []string{KindEntity, KindFigure, KindDate} {
		if kinds[k] {
			ks = append(ks, k[:1])
		}
	}
	if len(ks) > 0 {
		cls += " k-" + strings.Join(ks, "")
	}
	return htmlSeg{Class: cls + " s-" + status, Title: strings.Join(titles, "\n")}
}
