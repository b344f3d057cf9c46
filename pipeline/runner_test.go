package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// sliceSource emits one document per string, as if read from a file.
type sliceSource []string

func (s sliceSource) Run(ctx context.Context, emit func(*Doc) error, fail func(*DocError)) error {
	for i, text := range s {
		if err := emit(&Doc{Path: fmt.Sprintf("doc%03d", i), Raw: text, Size: len(text)}); err != nil {
			return err
		}
	}
	return nil
}

type collect struct {
	mu   sync.Mutex
	docs []*Doc
}

func (c *collect) Write(d *Doc) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.docs = append(c.docs, d)
	return nil
}

func (c *collect) names() []string {
	var out []string
	for _, d := range c.docs {
		out = append(out, fmt.Sprintf("%s/%d", d.Path, d.Part))
	}
	return out
}

// splitter splits "a|b" into two documents, drops "", fails on "fail",
// panics on "panic" and sleeps on "slow".
var splitStage = Split("split", func(d *Doc) ([]*Doc, error) {
	switch d.Raw {
	case "":
		return nil, nil
	case "fail":
		return nil, errors.New("bad input")
	case "panic":
		panic("stage bug")
	case "slow":
		time.Sleep(200 * time.Millisecond)
	}
	var out []*Doc
	for i, part := range strings.Split(d.Raw, "|") {
		nd := *d
		nd.Raw, nd.Part = part, i
		out = append(out, &nd)
	}
	return out, nil
})

// jitter makes stage timing uneven so that order is really tested.
var jitter = Annotate("jitter", func(d *Doc) error {
	time.Sleep(time.Duration(len(d.Path)*int(d.Raw[0])%7) * time.Millisecond)
	return nil
})

func TestRunnerOrderedSplitsAndFailures(t *testing.T) {
	var in sliceSource
	var want []string
	for i := range 60 {
		switch i % 6 {
		case 0:
			in = append(in, "x|y")
			want = append(want, fmt.Sprintf("doc%03d/0", i), fmt.Sprintf("doc%03d/1", i))
		case 1:
			in = append(in, "fail")
		case 2:
			in = append(in, "panic")
		case 3:
			in = append(in, "")
		default:
			in = append(in, "z")
			want = append(want, fmt.Sprintf("doc%03d/0", i))
		}
	}
	var mu sync.Mutex
	var errs []*DocError
	r := &Runner{Stages: []Stage{splitStage, jitter}, Ordered: true, Workers: map[string]int{"split": 4, "jitter": 4},
		OnError: func(e *DocError) { mu.Lock(); errs = append(errs, e); mu.Unlock() }}
	var got collect
	if err := r.Run(context.Background(), in, &got); err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(got.names(), " "), strings.Join(want, " "); g != w {
		t.Errorf("order:\ngot  %s\nwant %s", g, w)
	}
	if len(errs) != 20 {
		t.Errorf("got %d errors, want 20 (10 failures, 10 panics)", len(errs))
	}
	for _, e := range errs {
		if e.Stage != "split" || !strings.HasPrefix(e.Path, "doc") {
			t.Errorf("error does not name its input and stage: %v", e)
		}
	}
	if n := r.Stats.Dropped.Load(); n != 10 {
		t.Errorf("dropped %d, want 10", n)
	}
	if n := r.Stats.Written.Load(); int(n) != len(want) {
		t.Errorf("written %d, want %d", n, len(want))
	}
}

func TestRunnerBudget(t *testing.T) {
	r := &Runner{Stages: []Stage{splitStage}, Budget: 20 * time.Millisecond}
	var failed []*DocError
	r.OnError = func(e *DocError) { failed = append(failed, e) }
	var got collect
	if err := r.Run(context.Background(), sliceSource{"slow", "a"}, &got); err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || !errors.Is(failed[0].Err, ErrTimeout) {
		t.Fatalf("got failures %v, want one timeout", failed)
	}
	if len(got.docs) != 1 || got.docs[0].Raw != "a" {
		t.Errorf("got %v, want the fast document", got.names())
	}
}

func TestRunnerCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var in sliceSource
	for range 1000 {
		in = append(in, "slow")
	}
	var got collect
	r := &Runner{Stages: []Stage{splitStage}, Queue: 2}
	done := make(chan error)
	go func() { done <- r.Run(ctx, in, &got) }()
	time.Sleep(300 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("runner did not stop after cancel")
	}
	if len(got.docs) == 0 || len(got.docs) == 1000 {
		t.Errorf("wrote %d documents; want some, not all", len(got.docs))
	}
}

func TestRunnerSinkError(t *testing.T) {
	boom := errors.New("disk full")
	r := &Runner{Stages: []Stage{jitter}}
	err := r.Run(context.Background(), sliceSource{"a", "b", "c"}, SinkFunc(func(*Doc) error { return boom }))
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want the sink's error", err)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025", "2025-01-01T00:00:00+08:00"},
		{"2025-07", "2025-07-01T00:00:00+08:00"},
		{"2025-07-09", "2025-07-09T00:00:00+08:00"},
		{"2024-04-30T04:57", "2024-04-30T04:57:00+08:00"},
		{"2024-04-30T04:57+08:00", "2024-04-30T04:57:00+08:00"},
		{"2024-03-29T15:07:43+08:00", "2024-03-29T15:07:43+08:00"},
		{"2024-03-29T07:07:43Z", "2024-03-29T07:07:43Z"},
	}
	for _, tt := range tests {
		got, ok := ParseTime(tt.in)
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("ParseTime(%q) = %v, %v; want %s", tt.in, got.Format(time.RFC3339), ok, tt.want)
		}
	}
	if _, ok := ParseTime("yesterday"); ok {
		t.Error("ParseTime accepted yesterday")
	}
}
