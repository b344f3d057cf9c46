package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// JSONL is a Sink that writes one output record per line.
type JSONL struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a JSONL sink writing to w. Call Flush when done.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

// Write implements Sink.
func (s *JSONL) Write(d *Doc) error {
	rec := d.Record()
	if err := s.enc.Encode(&rec); err != nil {
		return fmt.Errorf("write record %s (%s): %w", rec.ID, d.Name(), err)
	}
	return nil
}

// Flush writes buffered records.
func (s *JSONL) Flush() error { return s.w.Flush() }

// FailureLog writes failed inputs as JSONL (path, line, offset, stage,
// error), one per line, so that a batch's failures can be read by a person
// or retried by a script. It is safe for concurrent use.
type FailureLog struct {
	mu  sync.Mutex
	w   *bufio.Writer
	enc *json.Encoder
	n   int
}

// NewFailureLog returns a FailureLog writing to w.
func NewFailureLog(w io.Writer) *FailureLog {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &FailureLog{w: bw, enc: enc}
}

type failure struct {
	*DocError
	Error string `json:"error"`
}

// Add records one failure and flushes it, so that the log is complete even
// if the process is killed.
func (l *FailureLog) Add(e *DocError) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	if err := l.enc.Encode(failure{e, e.Err.Error()}); err != nil {
		return err
	}
	return l.w.Flush()
}

// Count returns the number of failures recorded.
func (l *FailureLog) Count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n
}
