package cnnum

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"二〇二五", "13万2", "4.72万亿", "负３分之负一百五十七", "一 百 五 十", "10..1万", "分之", "又又", "百分之二三十", "40k", "廿二"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := Parse(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Errorf("Parse(%q) = %v", s, v)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"生产总值达到4.72万亿元", "十 余 万人", "一切四川统一", "A2021x", "1, 234, 567", "百分之6酒精"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		last := 0
		for _, n := range Find(s) {
			if n.Start < last || n.End <= n.Start || n.End > len(rs) || string(rs[n.Start:n.End]) != n.Text {
				t.Fatalf("Find(%q): bad span %+v", s, n)
			}
			if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
				t.Fatalf("Find(%q): value %v", s, n.Value)
			}
			last = n.End
		}
	})
}

// TestLinearTime feeds 1 MB lines of numerals to Find: a quadratic scan
// would take minutes, a linear one well under the bound.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, unit := range []string{"1234567890", "一二三四五六七八九十百千万亿", "1万2千3百点", "十余万,", "分之又"} {
		line := strings.Repeat(unit, 1<<20/len(unit))
		start := time.Now()
		Find(line)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Find on 1 MB of %q took %v", unit, d)
		}
	}
}
