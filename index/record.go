package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

// storedRecord is the stored form of an article: its body and the parts of
// its record that are not stored fields of their own (title, path, url and
// source are; the id is the document's). Span texts are not stored (they
// are slices of the body, rebuilt on read) and spans are arrays, not
// objects. The body before script conversion is not stored either; the
// JSONL records and the original file keep it.
//
// It is kept as JSON compressed with DEFLATE in one stored field. zap
// compresses stored fields with snappy, which leaves Chinese text at 0.73
// of its size; DEFLATE takes it to 0.54, and the field is read only for
// the article page and the snippets of the shown hits.
type storedRecord struct {
	// Stored fields of their own, in JSON only in legacy records.
	ID     string `json:"id,omitempty"`
	Path   string `json:"path,omitempty"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`

	Published string            `json:"published,omitempty"`
	Authors   []string          `json:"authors,omitempty"`
	Script    string            `json:"script,omitempty"`
	Body      string            `json:"body,omitempty"`
	Removed   []extract.Removed `json:"removed,omitempty"`
	Entities  [][]any           `json:"e,omitempty"` // start, end, type[, role]
	Figures   [][]any           `json:"f,omitempty"` // start, end, value, unit[, approx[, max]]
	Dates     [][]any           `json:"d,omitempty"` // start, end, value
}

// storedVersion is the first byte of FieldDoc, so that a later change of
// its form can still read this one.
const storedVersion = 1

func encodeStored(rec *pipeline.Record) string {
	s := storedRecord{Published: rec.Published, Authors: rec.Authors, Script: rec.Script,
		Body: rec.Body, Removed: rec.Removed}
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
	var b bytes.Buffer
	b.WriteByte(storedVersion)
	w := flateWriters.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(js) // a bytes.Buffer does not fail
	w.Close()
	flateWriters.Put(w)
	return b.String()
}

var flateWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.DefaultCompression)
	return w
}}

// storedFields are the stored fields recordOf reads.
var storedFields = []string{FieldDoc, FieldTitle, FieldPath, FieldURL, FieldSource, legacyRecord, legacyBody}

// Before FieldDoc, indexes stored the record as plain JSON with the id,
// path, title, url and source in it, and the body as a field of its own.
const (
	legacyRecord = "record"
	legacyBody   = FieldBody
)

// recordOf rebuilds the record of document id from its stored fields.
func recordOf(id string, fields map[string]any) (*pipeline.Record, error) {
	str := func(f string) string { s, _ := fields[f].(string); return s }
	var s storedRecord
	if blob := str(FieldDoc); blob != "" {
		if err := decodeStored(blob, &s); err != nil {
			return nil, fmt.Errorf("stored record of %s: %w", id, err)
		}
		s.Path, s.URL, s.Title, s.Source = str(FieldPath), str(FieldURL), str(FieldTitle), str(FieldSource)
	} else {
		if err := json.Unmarshal([]byte(str(legacyRecord)), &s); err != nil {
			return nil, fmt.Errorf("stored record of %s: %w", id, err)
		}
		s.Body = str(legacyBody)
	}
	s.ID = id
	return s.record(), nil
}

// decodeStored reads FieldDoc into v, a *storedRecord or a struct with
// some of its fields.
func decodeStored(blob string, v any) error {
	if blob[0] != storedVersion {
		return fmt.Errorf("unknown stored form %d", blob[0])
	}
	r := flate.NewReader(strings.NewReader(blob[1:]))
	defer r.Close()
	return json.NewDecoder(r).Decode(v)
}

// storedBody returns the body kept in a document's stored fields.
func storedBody(fields map[string]any) (string, error) {
	if blob, _ := fields[FieldDoc].(string); blob != "" {
		var s struct { // the body only: the spans need not be built
			Body string `json:"body"`
		}
		if err := decodeStored(blob, &s); err != nil {
			return "", err
		}
		return s.Body, nil
	}
	body, _ := fields[legacyBody].(string)
	return body, nil
}

// record rebuilds the output record.
func (s *storedRecord) record() *pipeline.Record {
	// A Doc makes the record, so its shape (empty lists, not null) is the
	// pipeline's.
	rec := &pipeline.Doc{ID: s.ID, Path: s.Path, URL: s.URL, Title: s.Title, Published: s.Published,
		Source: s.Source, Authors: s.Authors, Script: s.Script, Body: s.Body, Removed: s.Removed}
	body := s.Body
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
	return &out
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
