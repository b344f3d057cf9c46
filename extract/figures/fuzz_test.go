package figures

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"超200位", "3至5万元", "2000亿元左右", "四五千", "零下5℃", "$20", "“两个转型”", "万亿级", "12千米", "5千亿级的", "百分之二三十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		last := 0
		for _, x := range Extract(s) {
			if x.Start < last || x.End <= x.Start || x.End > len(rs) || string(rs[x.Start:x.End]) != x.Text {
				t.Fatalf("Extract(%q): bad span %+v", s, x)
			}
			if math.IsNaN(x.Value) || math.IsInf(x.Value, 0) {
				t.Fatalf("Extract(%q): value %v", s, x.Value)
			}
			last = x.End
		}
	})
}

// TestLinearTime feeds 1 MB lines to Extract: a quadratic scan would take
// minutes, a linear one well under the bound.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, unit := range []string{"1234567890", "一二三四五六七八九十百千万亿", "3至5万元,", "超200位“", "万亿级百强"} {
		line := strings.Repeat(unit, 1<<20/len(unit))
		start := time.Now()
		Extract(line)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Extract on 1 MB of %q took %v", unit, d)
		}
	}
}
