package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"
)

// Stage transforms one document into zero or more documents. Most stages
// annotate the document they are given and return it; a splitting stage
// returns several; a dropping stage returns none. Process is called from many
// goroutines at once and must not keep state between calls.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *Doc) ([]*Doc, error)
}

// Annotate makes a Stage from a function that fills fields of one document.
func Annotate(name string, fn func(d *Doc) error) Stage {
	return annotator{name, fn}
}

type annotator struct {
	name string
	fn   func(d *Doc) error
}

func (a annotator) Name() string { return a.name }

func (a annotator) Process(_ context.Context, d *Doc) ([]*Doc, error) {
	if err := a.fn(d); err != nil {
		return nil, err
	}
	return []*Doc{d}, nil
}

// Split makes a Stage from a function that may turn one document into
// several (a page that holds two articles) or none.
func Split(name string, fn func(d *Doc) ([]*Doc, error)) Stage {
	return splitter{name, fn}
}

type splitter struct {
	name string
	fn   func(d *Doc) ([]*Doc, error)
}

func (s splitter) Name() string { return s.name }

func (s splitter) Process(_ context.Context, d *Doc) ([]*Doc, error) { return s.fn(d) }

// DocError is a failure of one input: which input, in which stage, and why.
// The batch goes on without that input.
type DocError struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`   // 1-based line of a JSONL record
	Offset int64  `json:"offset,omitempty"` // byte offset of that line in the file
	Stage  string `json:"stage"`
	Err    error  `json:"-"`
}

func (e *DocError) Error() string {
	name := e.Path
	if e.Line > 0 {
		name = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	return fmt.Sprintf("%s: %s: %v", name, e.Stage, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }

// ErrTimeout reports a document that exceeded the per-document time budget.
var ErrTimeout = errors.New("document exceeded its time budget")

// runStage runs one stage on one document, turning a panic into an error so
// that one bad document cannot take the batch down. With a positive budget
// the stage runs in its own goroutine and is abandoned when the budget runs
// out: stages are pure functions, so abandoning one leaks only its CPU time
// until it returns, and the worker moves on.
func runStage(ctx context.Context, s Stage, d *Doc, budget time.Duration) ([]*Doc, error) {
	if budget <= 0 {
		return safeProcess(ctx, s, d)
	}
	type result struct {
		docs []*Doc
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		docs, err := safeProcess(ctx, s, d)
		ch <- result{docs, err}
	}()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.docs, r.err
	case <-timer.C:
		return nil, fmt.Errorf("%w (%v)", ErrTimeout, budget)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func safeProcess(ctx context.Context, s Stage, d *Doc) (docs []*Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, firstFrames(debug.Stack(), 12))
		}
	}()
	return s.Process(ctx, d)
}

// firstFrames keeps the first n lines of a stack trace, enough to find the
// culprit without flooding failed.jsonl.
func firstFrames(stack []byte, n int) []byte {
	lines := 0
	for i, c := range stack {
		if c == '\n' {
			lines++
			if lines == n {
				return stack[:i]
			}
		}
	}
	return stack
}
