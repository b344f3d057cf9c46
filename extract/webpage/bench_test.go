package webpage

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse decodes and parses the cwced pages, reporting MB/s and pages/s.
func BenchmarkParse(b *testing.B) {
	dir, pages := loadGold(b)
	var raws [][]byte
	size := 0
	for _, g := range pages {
		raw, err := os.ReadFile(filepath.Join(dir, g.Doc))
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, raw := range raws {
			text, err := Decode(raw)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Parse(text); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(raws)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
