package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

func TestDbgCwced(t *testing.T) {
	f, err := os.Open("/work/shared/corpus/cwced/gold.jsonl")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out, _ := os.Create("/tmp/cwced_ents.txt")
	defer out.Close()
	n := 0
	for sc.Scan() {
		var a struct{ Body []string }
		json.Unmarshal(sc.Bytes(), &a)
		text := width.Fold.String(strings.Join(a.Body, "\n"))
		n++
		fmt.Fprintf(out, "=== %d\n", n)
		for _, e := range Extract(text, tokens(text)) {
			rs := []rune(text)
			ctx := string(rs[max(0, e.Start-6):min(len(rs), e.End+6)])
			fmt.Fprintf(out, "%s\t%s\t%s\t| %s\n", e.Type[:3], e.Text, e.Role, strings.ReplaceAll(ctx, "\n", " "))
		}
	}
}
