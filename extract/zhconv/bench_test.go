package zhconv

import (
	"os"
	"path/filepath"
	"testing"
)

// seedText is the Traditional seed page shipped in the repository.
func seedText(b testing.TB) string {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "003_*.txt"))
	if len(paths) == 0 {
		b.Skip("seeds/003_*.txt not found")
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// resetCaches forgets every loaded table, as in a fresh process.
func resetCaches() {
	registry.mu.Lock()
	registry.convs = nil
	dicts = map[string]*dict{}
	groups = map[string]*matcher{}
	registry.mu.Unlock()
}

// BenchmarkColdQuery measures what a fresh `zhnews search` pays to convert a
// short query: loading the t2s tables and converting.
func BenchmarkColdQuery(b *testing.B) {
	for b.Loop() {
		resetCaches()
		c, err := New("t2s")
		if err != nil {
			b.Fatal(err)
		}
		if c.Convert("長三角") != "长三角" {
			b.Fatal("bad conversion")
		}
	}
}

func benchConvert(b *testing.B, config string, aligned bool) {
	text := seedText(b)
	c, err := New(config)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if aligned {
			c.ConvertAligned(text)
		} else {
			c.Convert(text)
		}
	}
}

func BenchmarkConvertT2S(b *testing.B)   { benchConvert(b, "t2s", false) }
func BenchmarkConvertHK2S(b *testing.B)  { benchConvert(b, "hk2s", false) }
func BenchmarkConvertTW2S(b *testing.B)  { benchConvert(b, "tw2s", false) }
func BenchmarkConvertTW2SP(b *testing.B) { benchConvert(b, "tw2sp", false) }
func BenchmarkAlignedT2S(b *testing.B)   { benchConvert(b, "t2s", true) }
func BenchmarkAlignedTW2SP(b *testing.B) { benchConvert(b, "tw2sp", true) }

func BenchmarkDetect(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}
