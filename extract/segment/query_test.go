package segment

import (
	"fmt"
	"github.com/zhnews/zhnews/internal/shared"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var tag = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

// samples returns query-like strings: every line of the seed pages and
// substrings of them of 1 to 40 runes at many offsets, plus lines of the
// shared news pages when present.
func samples(t testing.TB) []string {
	var docs []string
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	if len(docs) == 0 {
		t.Fatal("no seed pages in ../../seeds")
	}
	if os.Getenv("ZHNEWS_SHARED") != "" || dirExists(filepath.Join("..", "..", "..", "shared")) {
		pages, _ := filepath.Glob(filepath.Join(shared.Dir(t), "corpus", "gne", "pages", "*.html"))
		for _, f := range pages[:min(len(pages), 20)] {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, tag.ReplaceAllString(string(b), "\n"))
		}
	}
	var out []string
	for i, doc := range docs {
		for _, line := range strings.Split(doc, "\n") {
			line = strings.TrimSpace(line)
			if line != "" && len(line) <= maxQueryBytes {
				out = append(out, line)
			}
		}
		r := []rune(doc)
		for j := i * 7; j+40 < len(r); j += 97 {
			out = append(out, string(r[j:j+1+(j%40)]))
		}
	}
	return out
}

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// TestQuerySegmentsLikeDefault proves the cold-start path: a segmenter built
// from the words of a string segments it exactly like the full dictionary.
func TestQuerySegmentsLikeDefault(t *testing.T) {
	full := Default()
	strs := append(samples(t), "", "A", "AA制度", "上海市科委", "新材料", "iPhone 15 Pro", "\xff\xfe上海", "囧")
	// Every k-th string: about 1000 strings, a few seconds.
	k := max(1, len(strs)/1000)
	if testing.Short() {
		k = max(1, len(strs)/200)
	}
	n := 0
	for i, q := range strs {
		if i%k != 0 && i < len(strs)-8 {
			continue
		}
		n++
		sub, err := loadSubset(q)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := sub.SearchTokens(q), full.SearchTokens(q); !slices.Equal(got, want) {
			t.Fatalf("%q:\nsubset  %v\ndefault %v", q, brief(got), brief(want))
		}
	}
	t.Logf("%d strings segment identically", n)
}

func brief(toks []SearchToken) string {
	var b strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&b, "%s/%s/%d ", t.Text, t.Pos, t.Position)
	}
	return b.String()
}

func TestSubsetKeepsTotal(t *testing.T) {
	s, err := loadSubset("新材料")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.gse.Dict.TotalFreq(), Default().gse.Dict.TotalFreq(); got != want {
		t.Errorf("total frequency: got %v, want %v", got, want)
	}
	if n := s.gse.Dict.NumTokens(); n > 20 {
		t.Errorf("subset for 新材料 holds %d words, want a handful", n)
	}
}

func TestForQueryReturnsDefaultOnceLoaded(t *testing.T) {
	if got := ForQuery("新材料"); got != Default() {
		t.Error("ForQuery after Default is loaded: got a subset segmenter, want Default")
	}
	long := strings.Repeat("新", maxQueryBytes)
	if got := ForQuery(long); got != Default() {
		t.Error("ForQuery of a long string: want Default")
	}
	if !utf8.ValidString(long) {
		t.Fatal("bad test string")
	}
}

// TestForQueryIsCold runs ForQuery in a fresh process and checks that it
// answers without loading the full dictionary.
func TestForQueryIsCold(t *testing.T) {
	if os.Getenv("SEGMENT_COLD_CHILD") == "1" {
		toks := ForQuery("上海市科委 新材料").SearchTokens("上海市科委 新材料")
		if defaultSeg.Load() != nil {
			t.Fatal("ForQuery loaded the full dictionary")
		}
		if len(toks) == 0 {
			t.Fatal("no tokens")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestForQueryIsCold$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SEGMENT_COLD_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
