package eval

import (
	"context"
	"fmt"

	"github.com/zhnews/zhnews/pipeline"
)

// Processor turns one input document into records; name is a file name whose
// extension tells the format. (*pipeline.Pipeline).ProcessFile fits.
type Processor func(ctx context.Context, name string, data []byte) ([]pipeline.Record, error)

// Predict runs proc on every document of set and returns the records keyed
// by the document's path as the set names it.
func Predict(ctx context.Context, set *Set, proc Processor) (map[string][]pipeline.Record, error) {
	out := map[string][]pipeline.Record{}
	for _, doc := range set.Docs() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name, data, err := set.ReadDoc(doc)
		if err != nil {
			return nil, err
		}
		recs, err := proc(ctx, name, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[doc] = recs
	}
	return out, nil
}

// Evaluate predicts every document of set with proc and scores the records.
func Evaluate(ctx context.Context, set *Set, proc Processor) (*Report, error) {
	pred, err := Predict(ctx, set, proc)
	if err != nil {
		return nil, err
	}
	return Score(set.Name, set.Articles, pred), nil
}
