package boilerplate

import (
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/seeds"
)

// toTraditional is a crude Simplified->Traditional converter for tests: it
// inverts OpenCC's Traditional->Simplified character table for characters
// only Simplified text uses, preferring a Traditional form that maps to that
// one character only (當 over 噹 for 当), then the first listed.
func toTraditional(t *testing.T) func(string) string {
	data, err := os.ReadFile("../zhconv/dict/TSCharacters.txt")
	if err != nil {
		t.Skipf("no OpenCC table: %v", err)
	}
	only, err := os.ReadFile("../zhconv/dict/SimpOnly.txt")
	if err != nil {
		t.Skipf("no OpenCC table: %v", err)
	}
	simpOnly := map[rune]bool{}
	for _, l := range strings.Split(string(only), "\n") {
		if r := []rune(strings.TrimSpace(l)); len(r) == 1 {
			simpOnly[r[0]] = true
		}
	}
	inv := map[rune][]rune{}
	for _, l := range strings.Split(string(data), "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		tr := []rune(f[0])
		s := []rune(f[1])
		if len(tr) != 1 || len(s) != 1 || tr[0] == s[0] || !simpOnly[s[0]] {
			continue
		}
		if len(f) == 2 {
			inv[s[0]] = append([]rune{tr[0]}, inv[s[0]]...) // a one-to-one pair goes first
		} else {
			inv[s[0]] = append(inv[s[0]], tr[0])
		}
	}
	// 荐 is also a (rare) Traditional character, so the table leaves it; news
	// in Traditional writes 推薦.
	inv['荐'] = []rune{'薦'}
	return func(s string) string {
		return strings.Map(func(r rune) rune {
			if ts := inv[r]; len(ts) > 0 {
				return ts[0]
			}
			return r
		}, s)
	}
}

func reasonCounts(arts []Article) (paras int, reasons string) {
	var rs []string
	for _, a := range arts {
		paras += len(a.Paragraphs)
		for _, r := range a.Removed {
			rs = append(rs, r.Reason)
		}
	}
	sort.Strings(rs)
	return paras, strings.Join(rs, ",")
}

// TestTraditionalSeeds converts the Simplified seed pages to Traditional:
// every rule has its Traditional variant, so the same lines must go for the
// same reasons and the same paragraphs stay.
func TestTraditionalSeeds(t *testing.T) {
	s2t := toTraditional(t)
	for _, name := range seedNames(t) {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		wantP, wantR := reasonCounts(FromText(string(raw), Options{}))
		gotP, gotR := reasonCounts(FromText(s2t(string(raw)), Options{}))
		if gotP != wantP || gotR != wantR {
			t.Errorf("%s in Traditional: %d paragraphs, removed %s;\nSimplified: %d paragraphs, removed %s", name, gotP, gotR, wantP, wantR)
		}
	}
}
