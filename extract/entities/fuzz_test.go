package entities

import (
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"上海市科委副主任翟金国9日表示", "(记者 陈静)", "戴维·阿迪昂(", "·", "中共上海市奉贤区委员会",
		"南京大学陈懿院士、都有为院士", "在沪", "区委", "欧阳", "", "\n\n", "有限公司有限公司",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, withToks bool) {
		var toks []extract.Token
		if withToks {
			toks = byteTokens(s)
		}
		got := Extract(s, toks)
		checkSpans(t, s, got)
	})
}

// byteTokens cuts s into arbitrary (possibly malformed) two-byte tokens,
// to make sure bad tokens never break Extract.
func byteTokens(s string) []extract.Token {
	var out []extract.Token
	for i := 0; i+2 <= len(s); i += 2 {
		out = append(out, extract.Token{Text: s[i : i+2], Pos: "n", Start: i, End: i + 2})
	}
	return out
}

// TestLongLine checks that a 1 MB line without punctuation, a worst case for
// the left walks, is handled in linear time.
func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	unit := "上海市研究所有限公司王院士欧阳明高中心联盟·"
	small := strings.Repeat(unit, 1000)
	big := strings.Repeat(unit, 1<<20/len(unit))
	load()
	t0 := time.Now()
	Extract(small, nil)
	ds := time.Since(t0)
	t0 = time.Now()
	got := Extract(big, nil)
	db := time.Since(t0)
	checkSpans(t, big, got)
	ratio := float64(len(big)) / float64(len(small))
	if db > time.Duration(4*ratio)*ds+2*time.Second {
		t.Errorf("1 MB took %v, %d KB took %v: worse than linear", db, len(small)>>10, ds)
	}
	t.Logf("%d KB: %v; %d KB: %v", len(small)>>10, ds, len(big)>>10, db)
}
