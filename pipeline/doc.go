// Package pipeline is the core of zhnews: the document model, the stage type,
// the concurrent runner that moves documents through stages, and the sources
// and sinks at either end.
package pipeline

import (
	"strconv"
	"time"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/segment"
)

// Format says how a document's raw input is to be read.
type Format string

// Formats.
const (
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// Scripts, as reported in Record.Script.
const (
	ScriptSimplified  = "simplified"
	ScriptTraditional = "traditional"
	ScriptMixed       = "mixed"
)

// Doc is one article moving through the pipeline. Sources fill the input
// fields; stages fill the rest. A stage may split one Doc into several (a page
// that glues two articles together), each with its own Part.
type Doc struct {
	// Input.
	Path   string // file the article came from; "-" for standard input
	Line   int    // 1-based line in a JSONL file, 0 otherwise
	Offset int64  // byte offset of that line in the file
	Part   int    // 0 for the first article of an input, 1 for the second, ...
	Parts  int    // how many articles the input holds (set when it is split)
	URL    string
	Format Format
	Raw    string // the input decoded to UTF-8 (HTML or plain text)
	Size   int    // bytes of the input before decoding
	Hint   Hint   // metadata the source already knew (JSONL fields)
	Data   []byte // the input as read, before decoding; released after decoding
	Hash   string // hash of the input as read, to tell a changed input from an unchanged one

	// Filled by stages.
	ID        string
	BaseID    string // the id of the input's first article, shared by all its articles
	Title     string
	Published string // ISO 8601: 2025-07-09 or 2025-07-09T15:07:43+08:00
	Ref       string // reference time for relative dates when Published is empty: the page's date
	Source    string
	Authors   []string
	Script    string
	Body      string // clean body, Simplified, paragraphs joined by "\n"
	Original  string // clean body before script conversion; empty when unchanged
	Removed   []extract.Removed
	Tokens    []extract.Token // segmentation of Body, byte offsets
	Entities  []extract.Entity
	Figures   []extract.Figure
	Dates     []extract.Date

	// Folded is Body width-folded, as the extractors and the index read it,
	// and SearchTokens its segmentation for a search index (the precise
	// words of Tokens, each followed by its sub-words; only with
	// Config.SearchTokens). An indexer can use them instead of segmenting
	// the body a second time.
	Folded       string
	SearchTokens []segment.SearchToken

	seq int64 // position in the source, for ordered output
}

// Hint is metadata a source carries alongside the raw input.
type Hint struct {
	Title     string
	Published string
}

// Name returns how errors and logs refer to the document's input: the path,
// with the line for a JSONL record.
func (d *Doc) Name() string {
	if d.Line > 0 {
		return d.Path + ":" + strconv.Itoa(d.Line)
	}
	return d.Path
}

// Record is the output contract: one JSON object per article, as written to
// JSONL and stored in the index. Offsets in spans are code points into Body.
type Record struct {
	ID        string            `json:"id"`
	Path      string            `json:"path"`
	URL       string            `json:"url,omitempty"`
	Title     string            `json:"title"`
	Published string            `json:"published,omitempty"`
	Source    string            `json:"source,omitempty"`
	Authors   []string          `json:"authors"`
	Script    string            `json:"script,omitempty"`
	Body      string            `json:"body"`
	Original  string            `json:"original,omitempty"` // body before script conversion, when converted
	Removed   []extract.Removed `json:"removed"`
	Entities  []extract.Entity  `json:"entities"`
	Figures   []extract.Figure  `json:"figures"`
	Dates     []extract.Date    `json:"dates"`
}

// Record returns the output record of d. Nil slices become empty ones so the
// JSON shape is the same for every article.
func (d *Doc) Record() Record {
	return Record{
		ID:        d.ID,
		Path:      d.Path,
		URL:       d.URL,
		Title:     d.Title,
		Published: d.Published,
		Source:    d.Source,
		Authors:   nonNil(d.Authors),
		Script:    d.Script,
		Body:      d.Body,
		Original:  d.Original,
		Removed:   nonNil(d.Removed),
		Entities:  nonNil(d.Entities),
		Figures:   nonNil(d.Figures),
		Dates:     nonNil(d.Dates),
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ChinaTime is the zone assumed for times that carry none: China Standard Time.
var ChinaTime = time.FixedZone("CST", 8*3600)

// ParseTime reads the ISO 8601 forms used in records and on the command
// line: 2025, 2025-07, 2025-07-09, 2025-07-09T15:07, with or without a
// zone, and RFC 3339. Times
// without a zone are taken as China Standard Time.
func ParseTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.ParseInLocation(layout, s, ChinaTime); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
