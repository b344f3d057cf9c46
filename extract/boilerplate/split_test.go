package boilerplate

import (
	"github.com/zhnews/zhnews/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/webpage"
)

// TestNoSplitOrdinaryPages runs every shared corpus page through FromHTML and
// the text path: none of them glues two articles, so none may be split.
func TestNoSplitOrdinaryPages(t *testing.T) {
	var pages []string
	for _, dir := range []string{"cwced/pages", "gne/pages"} {
		p, _ := filepath.Glob(filepath.Join(shared.Dir(t), "corpus", dir, "*.html"))
		pages = append(pages, p...)
	}
	if len(pages) == 0 {
		t.Skip("no shared pages")
	}
	for _, name := range pages {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		html, err := webpage.Decode(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		arts, err := FromHTML(html, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(arts) != 1 {
			t.Errorf("%s: FromHTML split an ordinary page into %d articles", filepath.Base(name), len(arts))
		}
		pg, _ := webpage.Parse(html)
		if n := len(FromText(strings.Join(pg.Paragraphs, "\n"), Options{})); n > 1 {
			t.Errorf("%s: FromText split an ordinary page into %d articles", filepath.Base(name), n)
		}
	}
}
