package figtry

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/dates"
	"github.com/zhnews/zhnews/extract/figures"
)

func ctx(rs []rune, s, e int) string {
	a, b := max(0, s-8), min(len(rs), e+6)
	return string(rs[a:s]) + "[" + string(rs[s:e]) + "]" + string(rs[e:b])
}

func TestGNE(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("TRYFILE"))
	ref := time.Date(2020, 6, 15, 0, 0, 0, 0, time.UTC)
	for _, line := range strings.Split(string(b), "\n") {
		rs := []rune(line)
		for _, f := range figures.Extract(line) {
			fmt.Printf("F %s = %g %s %v\n", ctx(rs, f.Start, f.End), f.Value, f.Unit, f.Approx)
		}
		for _, d := range dates.Extract(line, ref) {
			fmt.Printf("D %s = %s\n", ctx(rs, d.Start, d.End), d.Value)
		}
	}
}
