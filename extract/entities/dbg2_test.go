package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract/boilerplate"
	"github.com/zhnews/zhnews/extract/zhconv"
)

func TestDbgGne(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/corpus/gne/pages/*.html")
	out, _ := os.Create("/tmp/gne_ents.txt")
	defer out.Close()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		arts, err := boilerplate.FromHTML(string(b), boilerplate.Options{})
		if err != nil {
			continue
		}
		for _, a := range arts {
			text := width.Fold.String(zhconv.T2S(strings.Join(a.Paragraphs, "\n")))
			fmt.Fprintf(out, "=== %s\n", filepath.Base(f))
			rs := []rune(text)
			for _, e := range Extract(text, tokens(text)) {
				ctx := string(rs[max(0, e.Start-6):min(len(rs), e.End+6)])
				fmt.Fprintf(out, "%s\t%s\t%s\t| %s\n", e.Type[:3], e.Text, e.Role, strings.ReplaceAll(ctx, "\n", " "))
			}
		}
	}
}
