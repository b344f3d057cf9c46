package eval

import (
	"sort"

	"github.com/zhnews/zhnews/pipeline"
)

// Field names, in the order tables list them. Per-type entity scores are
// reported as "entities.<type>" right after "entities".
const (
	FieldBody        = "body"
	FieldTitle       = "title"
	FieldPublished   = "published"
	FieldSource      = "source"
	FieldAuthors     = "authors"
	FieldEntities    = "entities"
	FieldFigures     = "figures"
	FieldDates       = "dates"
	FieldBoilerplate = "boilerplate"
)

var fieldOrder = []string{FieldBody, FieldTitle, FieldPublished, FieldSource,
	FieldAuthors, FieldEntities, FieldFigures, FieldDates, FieldBoilerplate}

// GatedFields are the fields whose precision Report.BelowPrecision checks.
var GatedFields = []string{FieldBody, FieldAuthors, FieldEntities, FieldFigures, FieldDates}

// Report is the result of scoring predicted records against a labeled set.
// Its JSON form is stable; see the README of package eval (doc.go).
type Report struct {
	Version     int            `json:"version"`
	Gold        string         `json:"gold"`
	Docs        int            `json:"docs"`
	Articles    int            `json:"articles"`
	Records     int            `json:"records"`
	Paired      int            `json:"paired"`
	Fields      []FieldScore   `json:"fields"`
	Boilerplate Leaks          `json:"boilerplate"`
	Errors      []DocError     `json:"errors"` // documents the pipeline failed on (Evaluate)
	Scores      []ArticleScore `json:"article_scores"`
	Findings    []Finding      `json:"findings"`

	docs []*docResult // inputs and span marks, for the HTML report
}

// FieldScore is the score of one field. Articles counts the gold articles
// that label the field; when it is 0 the field was not scored and P, R, F1
// are nil. For "body", TP/FP/FN count character bigrams over all articles
// while P, R, F1 are averages of the per-article scores; for the other
// fields they are micro-averaged over all matches.
type FieldScore struct {
	Field    string   `json:"field"`
	Articles int      `json:"articles"`
	TP       int      `json:"tp"`
	FP       int      `json:"fp"`
	FN       int      `json:"fn"`
	P        *float64 `json:"p"`
	R        *float64 `json:"r"`
	F1       *float64 `json:"f1"`
}

// Scored reports whether any gold article labeled the field.
func (f FieldScore) Scored() bool { return f.Articles > 0 }

// Leaks counts boilerplate samples found in predicted bodies.
type Leaks struct {
	Articles int `json:"articles"` // gold articles with boilerplate samples
	Samples  int `json:"samples"`
	Leaks    int `json:"leaks"`
}

// ArticleScore is the body score of one gold article, or of an extra
// predicted record (Article -1) that no gold article took.
type ArticleScore struct {
	Doc     string `json:"doc"`
	Article int    `json:"article"` // index among the doc's gold articles, -1 for an extra record
	Line    int    `json:"line"`    // line in the labeled file, 0 for an extra record
	Record  int    `json:"record"`  // index among the doc's records, -1 when unpaired
	Body    *PRF   `json:"body"`    // nil when the body is not labeled
	Leaks   int    `json:"leaks"`
}

// Finding is one false positive ("fp") or false negative ("fn"). Start and
// End are rune offsets of the item in the body named by In ("pred" for the
// predicted body, "gold" for the labeled one); they are -1 and In is empty
// when the item was not found in either.
type Finding struct {
	Field   string `json:"field"`
	Kind    string `json:"kind"`
	Doc     string `json:"doc"`
	Article int    `json:"article"` // index among the doc's gold articles, -1 for an extra record
	Record  int    `json:"record"`  // index among the doc's records, -1 when unpaired
	Text    string `json:"text"`
	Label   string `json:"label,omitempty"`
	Note    string `json:"note,omitempty"`
	In      string `json:"in,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Before  string `json:"before,omitempty"`
	After   string `json:"after,omitempty"`
}

// Field returns the score of the named field and whether it is in the report.
func (r *Report) Field(name string) (FieldScore, bool) {
	for _, f := range r.Fields {
		if f.Field == name {
			return f, true
		}
	}
	return FieldScore{}, false
}

// BelowPrecision returns the gated fields whose precision is below min. A
// field that was not scored, or for which nothing was predicted (precision
// undefined), does not count.
func (r *Report) BelowPrecision(min float64) []string {
	var out []string
	for _, name := range GatedFields {
		f, ok := r.Field(name)
		if !ok || !f.Scored() || f.TP+f.FP == 0 || f.P == nil {
			continue
		}
		if *f.P < min {
			out = append(out, name)
		}
	}
	return out
}

// Filter returns the findings of the given kind: "fp", "fn", or "all".
func (r *Report) Filter(kind string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if kind == "all" || f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// Score scores predicted records against gold articles. pred holds the
// records predicted from each doc, keyed by Article.Doc; records of docs no
// gold article names are ignored. name is how the report refers to the set.
func Score(name string, gold []Article, pred map[string][]pipeline.Record) *Report {
	s := newScorer()
	for _, doc := range docsOf(gold) {
		s.scoreDoc(doc, articlesOf(gold, doc), pred[doc])
	}
	return s.report(name)
}

func docsOf(gold []Article) []string {
	set := Set{Articles: gold}
	return set.Docs()
}

func articlesOf(gold []Article, doc string) []Article {
	var out []Article
	for _, a := range gold {
		if a.Doc == doc {
			out = append(out, a)
		}
	}
	return out
}

func fieldRank(name string) int {
	for i, f := range fieldOrder {
		if f == name {
			return i
		}
	}
	return len(fieldOrder)
}

// sortFindings groups findings by field, then by document, keeping the
// order within a document (article, then position of discovery).
func sortFindings(fs []Finding, docRank map[string]int) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if ra, rb := fieldRank(a.Field), fieldRank(b.Field); ra != rb {
			return ra < rb
		}
		return docRank[a.Doc] < docRank[b.Doc]
	})
}
