package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/zhnews/zhnews/eval"
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

func ExampleBodyScore() {
	s := eval.BodyScore("今天天气", "今天气好")
	fmt.Printf("P=%.3f R=%.3f F1=%.3f\n", s.P, s.R, s.F1)
	// Output: P=0.667 R=0.667 F1=0.667
}

func ExampleScore() {
	gold, err := eval.Parse(strings.NewReader(
		`{"doc": "a.txt", "entities": [{"text": "上海", "type": "location"}, {"text": "陈静", "type": "person"}]}`), "gold.jsonl")
	if err != nil {
		panic(err)
	}
	pred := map[string][]pipeline.Record{"a.txt": {{
		Body: "记者陈静在上海报道",
		Entities: []extract.Entity{
			{Text: "上海", Type: "location", Start: 5, End: 7},
			{Text: "记者", Type: "person", Start: 0, End: 2},
		},
	}}}
	r := eval.Score("gold.jsonl", gold, pred)
	f, _ := r.Field("entities")
	fmt.Printf("entities P=%.2f R=%.2f\n", *f.P, *f.R)
	if err := eval.WriteFindings(os.Stdout, r.Filter("all")); err != nil {
		panic(err)
	}
	// Output:
	// entities P=0.50 R=0.50
	//
	// == entities: 1 fp, 1 fn ==
	// -- a.txt
	//   FP #0 [person] 记者  | …⟦记者⟧陈静在上海报道…
	//   FN #0 [person] 陈静  | …记者⟦陈静⟧在上海报道…
}
