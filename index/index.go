package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/index/analyzer"
	"github.com/zhnews/zhnews/pipeline"
)

// Index is an open zhnews index.
type Index struct {
	b    bleve.Index
	dir  string
	cols columnCache // facet values of the newest snapshot searched
}

// ErrNotFound reports a document id that is not in the index.
var ErrNotFound = errors.New("document not found")

// Open opens the index in dir for writing, creating it when dir does not
// exist or is empty.
func Open(dir string) (*Index, error) {
	var b bleve.Index
	var err error
	if exists(dir) {
		b, err = bleve.Open(dir)
	} else {
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			return nil, fmt.Errorf("cannot create index %q: folder exists and is not empty", dir)
		}
		os.Remove(dir) // bleve creates it
		if err := os.MkdirAll(filepath.Dir(filepath.Clean(dir)), 0o755); err != nil {
			return nil, fmt.Errorf("cannot create index %q: %w", dir, err)
		}
		b, err = bleve.New(dir, NewMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open index %q: %w", dir, err)
	}
	if m, ok := b.Mapping().(*mapping.IndexMappingImpl); ok && !m.FieldMappingForPath(FieldDoc).Store {
		b.Close()
		return nil, fmt.Errorf("cannot write to index %q: %w", dir, ErrOldIndex)
	}
	return &Index{b: b, dir: dir}, nil
}

// ErrOldIndex reports an index made by a zhnews that stored articles
// another way. It can still be searched, but new articles would lose their
// stored form in it: ingest into a new index folder.
var ErrOldIndex = errors.New("made by an older zhnews that stored articles differently; search it, or ingest into a new index folder")

// exists tells whether dir holds an index.
func exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	return err == nil
}

// OpenReadOnly opens the index in dir for searching only: the published
// generation of a Store, or a plain bleve index. It never waits for a
// running ingest.
func OpenReadOnly(dir string) (*Index, error) {
	p, err := resolve(dir)
	if err != nil {
		return nil, err
	}
	b, err := bleve.OpenUsing(p, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("cannot open index %q: %w", dir, err)
	}
	return &Index{b: b, dir: dir}, nil
}

// Dir returns the folder of the index.
func (x *Index) Dir() string { return x.dir }

// Close closes the index.
func (x *Index) Close() error { return x.b.Close() }

// Count returns the number of documents in the index.
func (x *Index) Count() (uint64, error) { return x.b.DocCount() }

// Doc returns the stored record of a document.
func (x *Index) Doc(id string) (*pipeline.Record, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = storedFields
	res, err := x.b.Search(req)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return recordOf(id, res.Hits[0].Fields)
}

// Writer adds records to an index in batches.
type Writer struct {
	x        *Index
	batch    *bleve.Batch
	bytes    int
	MaxDocs  int // documents per batch (default 500)
	MaxBytes int // body bytes per batch (default 16 MiB)

	body    *analyzer.Tokenizer // the body's, to offer it Input.Tokens
	offered []string
}

// NewWriter returns a Writer on x.
func (x *Index) NewWriter() *Writer {
	w := &Writer{x: x, batch: x.b.NewBatch()}
	m := x.b.Mapping()
	if a, ok := m.AnalyzerNamed(m.AnalyzerNameForPath(FieldBody)).(*analysis.DefaultAnalyzer); ok {
		w.body, _ = a.Tokenizer.(*analyzer.Tokenizer)
	}
	return w
}

// Input describes the input a record came from, so that a later ingest can
// tell an unchanged input (same path, same content hash, all its articles
// present) from a new or changed one.
type Input struct {
	Hash  string // content hash of the input as read
	Base  string // id shared by all articles of the input (the first one's)
	Parts int    // how many articles the input produced

	// Folded and Tokens, when set, are the record's body width-folded and
	// its segment.SearchTokens, as the pipeline made them (pipeline.Doc):
	// indexing then does not segment the body a second time.
	Folded string
	Tokens []segment.SearchToken
}

// Add queues a record for indexing. The batch is written when it is full.
func (w *Writer) Add(rec *pipeline.Record, in Input) error {
	if err := w.batch.Index(rec.ID, fieldsOf(rec, in)); err != nil {
		return fmt.Errorf("index %s (%s): %w", rec.ID, rec.Path, err)
	}
	if w.body != nil && in.Tokens != nil {
		w.body.Offer(in.Folded, in.Tokens)
		w.offered = append(w.offered, in.Folded)
	}
	w.bytes += len(rec.Body)
	if w.batch.Size() >= or(w.MaxDocs, 500) || w.bytes >= or(w.MaxBytes, 16<<20) {
		return w.Flush()
	}
	return nil
}

// Delete queues the removal of a document.
func (w *Writer) Delete(id string) { w.batch.Delete(id) }

// Flush writes the queued batch.
func (w *Writer) Flush() error {
	if w.batch.Size() == 0 {
		return nil
	}
	err := w.x.b.Batch(w.batch) // analyzes the documents, with what was offered
	for _, f := range w.offered {
		w.body.Withdraw(f)
	}
	w.offered = w.offered[:0]
	if err != nil {
		return fmt.Errorf("write batch to %s: %w", w.x.dir, err)
	}
	w.batch.Reset()
	w.bytes = 0
	return nil
}

func or(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}

// fieldsOf turns a record into the document bleve indexes.
func fieldsOf(rec *pipeline.Record, in Input) map[string]interface{} {
	f := map[string]interface{}{
		FieldTitle: rec.Title,
		FieldBody:  rec.Body,
		FieldPath:  rec.Path,
		FieldHash:  in.Hash,
		FieldBase:  in.Base,
		FieldParts: strconv.Itoa(in.Parts),
	}
	if rec.URL != "" {
		f[FieldURL] = rec.URL
	}
	if rec.Source != "" {
		f[FieldSource] = rec.Source
	}
	if len(rec.Authors) > 0 {
		f[FieldAuthor] = rec.Authors
	}
	if t, ok := pipeline.ParseTime(rec.Published); ok {
		f[FieldPublished] = t
		f[FieldMonth] = t.Format("2006-01")
	}
	seen := map[string]bool{}
	byType := map[string][]string{}
	for _, e := range rec.Entities {
		key := e.Type + "\x00" + e.Text
		if seen[key] {
			continue
		}
		seen[key] = true
		byType[e.Type] = append(byType[e.Type], e.Text)
	}
	for typ, texts := range byType {
		if field, ok := EntityFields[typ]; ok {
			f[field] = texts
		}
	}
	f[FieldDoc] = encodeStored(rec)
	return f
}
