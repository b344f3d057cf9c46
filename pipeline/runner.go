package pipeline

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Source produces the documents of a batch. Run calls emit for each document
// read and fail for each input that cannot be read; it returns when the inputs
// are exhausted or emit returns an error (the batch was cancelled).
type Source interface {
	Run(ctx context.Context, emit func(*Doc) error, fail func(*DocError)) error
}

// Sink receives finished documents, one at a time, from a single goroutine.
type Sink interface {
	Write(d *Doc) error
}

// SinkFunc adapts a function to a Sink.
type SinkFunc func(d *Doc) error

// Write calls f(d).
func (f SinkFunc) Write(d *Doc) error { return f(d) }

// Runner moves documents from a Source through Stages to a Sink. Each stage
// runs in its own pool of goroutines; stages are connected by bounded channels,
// so memory stays flat however large the input, and a slow stage keeps all of
// its workers busy while the workers of faster stages block on a full channel
// and leave the cores to it. The zero Runner with Stages set works.
type Runner struct {
	Stages []Stage
	// Workers is the pool size per stage name; a stage not listed gets
	// GOMAXPROCS workers.
	Workers map[string]int
	// Queue is the capacity of each channel between stages (default 64).
	Queue int
	// Budget bounds the time one stage may spend on one document (0: none).
	Budget time.Duration
	// Ordered delivers documents to the sink in source order (and by Part
	// within one input), at the cost of holding finished documents until the
	// ones before them are done.
	Ordered bool
	// OnError receives every failed input; it is called from one goroutine.
	OnError func(*DocError)

	Stats Stats
}

// Stats counts a run's progress; fields are updated atomically while it runs.
type Stats struct {
	Inputs   atomic.Int64 // documents emitted by the source
	Bytes    atomic.Int64 // bytes of input read
	Written  atomic.Int64 // documents written to the sink
	Failed   atomic.Int64 // inputs that failed in the source or a stage
	Dropped  atomic.Int64 // documents a stage dropped on purpose (no article)
	Expected atomic.Int64 // bytes the source expects to read, when it knows
	stageNs  sync.Map     // stage name -> *atomic.Int64 nanoseconds spent
	started  time.Time
}

// StageTime returns the total time workers spent in the named stage.
func (s *Stats) StageTime(name string) time.Duration {
	if v, ok := s.stageNs.Load(name); ok {
		return time.Duration(v.(*atomic.Int64).Load())
	}
	return 0
}

func (s *Stats) addStageTime(name string, d time.Duration) {
	v, ok := s.stageNs.Load(name)
	if !ok {
		v, _ = s.stageNs.LoadOrStore(name, new(atomic.Int64))
	}
	v.(*atomic.Int64).Add(int64(d))
}

// Elapsed returns the time since the run started.
func (s *Stats) Elapsed() time.Duration {
	if s.started.IsZero() {
		return 0
	}
	return time.Since(s.started)
}

// Run processes every document of src and writes the results to sink. It
// returns the first error of the source or the sink, or ctx's error when the
// run was cancelled; failures of single inputs go to OnError and do not stop
// the run. Documents already handed to the sink stay written.
func (r *Runner) Run(ctx context.Context, src Source, sink Sink) error {
	r.Stats.started = time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	queue := r.Queue
	if queue <= 0 {
		queue = 64
	}
	errs := make(chan *DocError, queue)
	errDone := make(chan struct{})
	go func() {
		defer close(errDone)
		for e := range errs {
			r.Stats.Failed.Add(1)
			if r.OnError != nil {
				r.OnError(e)
			}
		}
	}()

	var order *orderer
	if r.Ordered {
		order = newOrderer()
	}
	fail := func(e *DocError) { errs <- e }

	// Source.
	in := make(chan *Doc, queue)
	srcErr := make(chan error, 1)
	go func() {
		defer close(in)
		var seq int64
		srcErr <- src.Run(ctx, func(d *Doc) error {
			d.seq = seq
			seq++
			if order != nil {
				order.start(d.seq)
			}
			r.Stats.Inputs.Add(1)
			r.Stats.Bytes.Add(int64(d.Size))
			select {
			case in <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, fail)
	}()

	// Stages.
	var cur <-chan *Doc = in
	for _, st := range r.Stages {
		cur = r.startStage(ctx, st, cur, queue, fail, order)
	}

	// Sink.
	sinkErr := r.drain(ctx, cur, sink, order, cancel)
	err := <-srcErr
	close(errs)
	<-errDone
	if sinkErr != nil {
		return sinkErr
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}

func (r *Runner) workers(name string) int {
	if n := r.Workers[name]; n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

func (r *Runner) startStage(ctx context.Context, st Stage, in <-chan *Doc, queue int, fail func(*DocError), order *orderer) <-chan *Doc {
	out := make(chan *Doc, queue)
	var wg sync.WaitGroup
	for range r.workers(st.Name()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range in {
				if ctx.Err() != nil {
					continue // drain so upstream can finish
				}
				t0 := time.Now()
				docs, err := runStage(ctx, st, d, r.Budget)
				r.Stats.addStageTime(st.Name(), time.Since(t0))
				if err != nil {
					fail(&DocError{Path: d.Path, Line: d.Line, Offset: d.Offset, Stage: st.Name(), Err: err})
				} else if len(docs) == 0 {
					r.Stats.Dropped.Add(1)
				}
				if order != nil {
					order.fork(d.seq, len(docs))
				}
				for _, nd := range docs {
					nd.seq = d.seq
					select {
					case out <- nd:
					case <-ctx.Done():
					}
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// drain feeds the sink from one goroutine. When ordering, finished documents
// wait in the orderer until every document before them is finished.
func (r *Runner) drain(ctx context.Context, in <-chan *Doc, sink Sink, order *orderer, cancel func()) error {
	var err error
	write := func(d *Doc) {
		if err != nil || ctx.Err() != nil {
			return
		}
		if err = sink.Write(d); err != nil {
			cancel()
			return
		}
		r.Stats.Written.Add(1)
	}
	for d := range in {
		if order == nil {
			write(d)
			continue
		}
		for _, ready := range order.finish(d) {
			write(ready)
		}
	}
	if order != nil {
		for _, ready := range order.flush() {
			write(ready)
		}
	}
	return err
}
