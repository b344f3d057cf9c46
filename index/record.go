package index

import (
	"encoding/json"
	"fmt"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

// storedRecord is the compact form of a record kept in the index beside its
// body. Span texts are not stored (they are slices of the body, rebuilt on
// read) and spans are arrays, not objects: on a typical corpus this cuts
// the stored record from twice the size of the body to a fraction of it.
// The body before script conversion is not stored either; the JSONL
// records and the original file keep it.
type storedRecord struct {
	ID        string            `json:"id"`
	Path      string            `json:"path"`
	URL       string            `json:"url,omitempty"`
	Title     string            `json:"title,omitempty"`
	Published string            `json:"published,omitempty"`
	Source    string            `json:"source,omitempty"`
	Authors   []string          `json:"authors,omitempty"`
	Script    string            `json:"script,omitempty"`
	Removed   []extract.Removed `json:"removed,omitempty"`
	Entities  [][]any           `json:"e,omitempty"` // start, end, type[, role]
	Figures   [][]any           `json:"f,omitempty"` // start, end, value, unit[, approx[, max]]
	Dates     [][]any           `json:"d,omitempty"` // start, end, value
}

func encodeRecord(rec *pipeline.Record) string {
	s := storedRecord{ID: rec.ID, Path: rec.Path, URL: rec.URL, Title: rec.Title, Published: rec.Published,
		Source: rec.Source, Authors: rec.Authors, Script: rec.Script, Removed: rec.Removed}
	for _, e := range rec.Entities {
		a := []any{e.Start, e.End, e.Type}
		if e.Role != "" {
			a = append(a, e.Role)
		}
		s.Entities = append(s.Entities, a)
	}
	for _, f := range rec.Figures {
		a := []any{f.Start, f.End, f.Value, f.Unit}
		if f.Approx || f.Max != nil {
			a = append(a, f.Approx)
		}
		if f.Max != nil {
			a = append(a, *f.Max)
		}
		s.Figures = append(s.Figures, a)
	}
	for _, d := range rec.Dates {
		s.Dates = append(s.Dates, []any{d.Start, d.End, d.Value})
	}
	js, _ := json.Marshal(s)
	return string(js)
}

// decodeRecord rebuilds a record from its stored form and body.
func decodeRecord(raw, body string) (*pipeline.Record, error) {
	var s storedRecord
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return nil, fmt.Errorf("stored record: %w", err)
	}
	// A Doc makes the record, so its shape (empty lists, not null) is the
	// pipeline's.
	rec := &pipeline.Doc{ID: s.ID, Path: s.Path, URL: s.URL, Title: s.Title, Published: s.Published,
		Source: s.Source, Authors: s.Authors, Script: s.Script, Body: body, Removed: s.Removed}
	rs := []rune(body)
	text := func(start, end int) string {
		if start < 0 || end > len(rs) || start > end {
			return ""
		}
		return string(rs[start:end])
	}
	for _, a := range s.Entities {
		if len(a) < 3 {
			continue
		}
		e := extract.Entity{Start: num(a[0]), End: num(a[1]), Type: str(a[2])}
		if len(a) > 3 {
			e.Role = str(a[3])
		}
		e.Text = text(e.Start, e.End)
		rec.Entities = append(rec.Entities, e)
	}
	for _, a := range s.Figures {
		if len(a) < 4 {
			continue
		}
		f := extract.Figure{Start: num(a[0]), End: num(a[1]), Unit: str(a[3])}
		f.Value, _ = a[2].(float64)
		if len(a) > 4 {
			f.Approx, _ = a[4].(bool)
		}
		if len(a) > 5 {
			if m, ok := a[5].(float64); ok {
				f.Max = &m
			}
		}
		f.Text = text(f.Start, f.End)
		rec.Figures = append(rec.Figures, f)
	}
	for _, a := range s.Dates {
		if len(a) < 3 {
			continue
		}
		d := extract.Date{Start: num(a[0]), End: num(a[1]), Value: str(a[2])}
		d.Text = text(d.Start, d.End)
		rec.Dates = append(rec.Dates, d)
	}
	out := rec.Record()
	return &out, nil
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
