package analyzer_test

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/zhnews/zhnews/index/analyzer"
)

func Example() {
	a, err := registry.NewCache().AnalyzerNamed(analyzer.Name)
	if err != nil {
		panic(err)
	}
	for _, t := range a.Analyze([]byte("上海市科委，iPhone")) {
		fmt.Printf("%s@%d[%d:%d] ", t.Term, t.Position, t.Start, t.End)
	}
	fmt.Println()
	// Output: 上海市@1[0:9] 上海@1[0:6] 市@1[6:9] 科委@2[9:15] iphone@3[18:24]
}
