package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"2025年7月9日", "7月9日至11日", "2023-03-25 13:59:00", "1-6月", "当日", "上上个週三", "2月30日", "2025-2027年", "《2022上海", "八月十五的"} {
		f.Add(s, int64(1751990400))
	}
	f.Fuzz(func(t *testing.T, s string, sec int64) {
		if !utf8.ValidString(s) {
			return
		}
		ref := time.Unix(sec%(1<<36), 0).UTC()
		rs := []rune(s)
		last := 0
		for _, d := range Extract(s, ref) {
			if d.Start < last || d.End <= d.Start || d.End > len(rs) || string(rs[d.Start:d.End]) != d.Text || d.Value == "" {
				t.Fatalf("Extract(%q): bad date %+v", s, d)
			}
			last = d.End
		}
	})
}

// TestLinearTime feeds 1 MB lines to Extract: a quadratic scan would take
// minutes, a linear one well under the bound.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, unit := range []string{"1234567890", "2025年7月9日至", "一二三四五六七八九十", "当日上周一", "1-", "2025-"} {
		line := strings.Repeat(unit, 1<<20/len(unit))
		start := time.Now()
		Extract(line, ref)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Extract on 1 MB of %q took %v", unit, d)
		}
	}
}
