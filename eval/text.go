package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report as a table per field, for people.
func WriteText(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	ew.printf("labeled set %s: %d docs, %d articles, %d records, %d paired\n\n",
		r.Gold, r.Docs, r.Articles, r.Records, r.Paired)
	ew.printf("%-18s %8s %7s %7s %7s %8s %8s %8s\n", "field", "articles", "P", "R", "F1", "TP", "FP", "FN")
	for _, f := range r.Fields {
		name := f.Field
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = "  " + name[i+1:]
		}
		ew.printf("%-18s %8d %7s %7s %7s %8d %8d %8d\n", name, f.Articles,
			ratioCell(f.P), ratioCell(f.R), ratioCell(f.F1), f.TP, f.FP, f.FN)
	}
	b := r.Boilerplate
	ew.printf("\nboilerplate leaks: %d of %d samples (%d articles)\n", b.Leaks, b.Samples, b.Articles)
	ew.printf("body: P, R, F1 averaged over articles; TP, FP, FN count character bigrams\n")
	if len(r.Errors) > 0 {
		ew.printf("\n%d documents failed and were scored as empty:\n", len(r.Errors))
		for _, e := range r.Errors {
			ew.printf("  %s: %s\n", e.Doc, oneLine(e.Error))
		}
	}
	return ew.err
}

func ratioCell(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *p)
}

// WriteFindings lists findings grouped by field, then by document, each with
// its context: the item in ⟦ ⟧ between the runes around it, paragraph breaks
// shown as ⏎. Findings located only in the labeled body are tagged (gold).
func WriteFindings(w io.Writer, fs []Finding) error {
	ew := &errWriter{w: w}
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j].Field == fs[i].Field {
			j++
		}
		ew.printf("\n== %s: %s ==\n", fs[i].Field, kindCounts(fs[i:j]))
		for k := i; k < j; k++ {
			if k == i || fs[k].Doc != fs[k-1].Doc {
				ew.printf("-- %s\n", fs[k].Doc)
			}
			ew.printf("  %s\n", findingLine(fs[k]))
		}
		i = j
	}
	return ew.err
}

func kindCounts(fs []Finding) string {
	var fp, fn int
	for _, f := range fs {
		if f.Kind == "fp" {
			fp++
		} else {
			fn++
		}
	}
	return fmt.Sprintf("%d fp, %d fn", fp, fn)
}

func findingLine(f Finding) string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(f.Kind))
	if f.Article >= 0 {
		fmt.Fprintf(&b, " #%d", f.Article)
	}
	if f.Label != "" {
		fmt.Fprintf(&b, " [%s]", f.Label)
	}
	fmt.Fprintf(&b, " %s", oneLine(f.Text))
	if f.Note != "" {
		fmt.Fprintf(&b, " (%s)", oneLine(f.Note))
	}
	if f.In != "" {
		fmt.Fprintf(&b, "  | …%s⟦%s⟧%s…", oneLine(f.Before), oneLine(f.Text), oneLine(f.After))
		if f.In == "gold" {
			b.WriteString(" (gold)")
		}
	}
	return b.String()
}

func oneLine(s string) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", " ").Replace(s)
}

// WriteJSON writes the report as indented JSON. The shape is stable: see
// Report, FieldScore, Leaks, ArticleScore and Finding for the members.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// errWriter keeps the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
