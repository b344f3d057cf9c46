package entities

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/segment"
)

// labeled is the part of an eval/seeds.jsonl article this test reads.
type labeled struct {
	Doc      string   `json:"doc"`
	Body     []string `json:"body"`
	Entities []struct {
		Text string `json:"text"`
		Type string `json:"type"`
	} `json:"entities"`
	AlsoOK []string `json:"entities_also_ok"`
}

func readLabeled(t testing.TB) []labeled {
	path := filepath.Join("..", "..", "eval", "seeds.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no hand labels: %v", err)
	}
	defer f.Close()
	var out []labeled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a labeled
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if a.Entities != nil && len(a.Body) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// bodyText is what the pipeline gives Extract: paragraphs joined by "\n",
// width-folded.
func bodyText(paras []string) string {
	return width.Fold.String(strings.Join(paras, "\n"))
}

func tokens(text string) []extract.Token { return segment.Default().Tokens(text) }

// TestSeedScores scores Extract on the hand-labeled seed bodies as the eval
// does: sets of distinct (text, type), a prediction whose text is listed
// in entities_also_ok is neither right nor wrong. It fails below precision
// 0.90 or recall 0.80.
func TestSeedScores(t *testing.T) {
	arts := readLabeled(t)
	var tp, fp, fn int
	for _, a := range arts {
		text := bodyText(a.Body)
		gold := map[string]bool{}
		for _, e := range a.Entities {
			gold[e.Type+":"+width.Fold.String(e.Text)] = true
		}
		ok := map[string]bool{}
		for _, s := range a.AlsoOK {
			ok[width.Fold.String(s)] = true
		}
		pred := map[string]bool{}
		for _, e := range Extract(text, tokens(text)) {
			pred[e.Type+":"+e.Text] = true
		}
		var wrong, missed []string
		for k := range pred {
			switch {
			case gold[k]:
				tp++
			case ok[k[strings.Index(k, ":")+1:]]:
			default:
				fp++
				wrong = append(wrong, k)
			}
		}
		for k := range gold {
			if !pred[k] {
				fn++
				missed = append(missed, k)
			}
		}
		sort.Strings(wrong)
		sort.Strings(missed)
		t.Logf("%s\n  wrong:  %s\n  missed: %s", filepath.Base(a.Doc), strings.Join(wrong, " "), strings.Join(missed, " "))
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("entities on %d labeled seed articles: precision %.3f recall %.3f (tp %d fp %d fn %d)", len(arts), p, r, tp, fp, fn)
	if p < 0.90 || r < 0.80 {
		t.Errorf("precision %.3f recall %.3f, want >= 0.90 and >= 0.80", p, r)
	}
}
