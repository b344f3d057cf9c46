package eval

import (
	"context"
	"runtime"
	"sync"

	"github.com/zhnews/zhnews/pipeline"
)

// Processor turns one input document into records; name is a file name whose
// extension tells the format. (*pipeline.Pipeline).ProcessFile fits. It is
// called from several goroutines at once.
type Processor func(ctx context.Context, name string, data []byte) ([]pipeline.Record, error)

// DocError is a document the processor failed on. Evaluate scores it as if
// no record came from it, so its labeled items count as misses.
type DocError struct {
	Doc   string `json:"doc"`
	Error string `json:"error"`
}

// Predict runs proc on every document of set, GOMAXPROCS at a time, and
// returns the records keyed by the document's path as the set names it,
// with the documents proc failed on. A document that cannot be read, or a
// cancelled ctx, stops it with an error.
func Predict(ctx context.Context, set *Set, proc Processor) (map[string][]pipeline.Record, []DocError, error) {
	docs := set.Docs()
	recs := make([][]pipeline.Record, len(docs))
	errs := make([]error, len(docs))
	readErrs := make([]error, len(docs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				name, data, err := set.ReadDoc(docs[i])
				if err != nil {
					readErrs[i] = err
					continue
				}
				recs[i], errs[i] = proc(ctx, name, data)
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return collect(docs, recs, errs, readErrs)
}

func collect(docs []string, recs [][]pipeline.Record, errs, readErrs []error) (map[string][]pipeline.Record, []DocError, error) {
	out := map[string][]pipeline.Record{}
	var failed []DocError
	for i, doc := range docs {
		if readErrs[i] != nil {
			return nil, nil, readErrs[i]
		}
		if errs[i] != nil {
			failed = append(failed, DocError{Doc: doc, Error: errs[i].Error()})
			continue
		}
		out[doc] = recs[i]
	}
	return out, failed, nil
}

// Evaluate predicts every document of set with proc and scores the records.
// Documents proc failed on are listed in Report.Errors and scored empty.
func Evaluate(ctx context.Context, set *Set, proc Processor) (*Report, error) {
	pred, failed, err := Predict(ctx, set, proc)
	if err != nil {
		return nil, err
	}
	r := Score(set.Name, set.Articles, pred)
	if failed != nil {
		r.Errors = failed
	}
	return r, nil
}
