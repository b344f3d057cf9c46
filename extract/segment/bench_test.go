package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func seedText(b testing.TB) string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	if sb.Len() == 0 {
		b.Fatal("no seed pages")
	}
	return sb.String()
}

func BenchmarkTokens(b *testing.B) {
	s, text := Default(), seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Tokens(text)
	}
}

func BenchmarkSearchTokens(b *testing.B) {
	s, text := Default(), seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.SearchTokens(text)
	}
}

// BenchmarkLoadFull is what Default costs once per process.
func BenchmarkLoadFull(b *testing.B) {
	for b.Loop() {
		d, err := unpack(dictGz)
		if err != nil {
			b.Fatal(err)
		}
		g := newGse()
		d.each(nil, func(e entry) error { return g.AddToken(e.word, e.freq, e.pos) })
		g.CalcToken()
	}
}

// BenchmarkQueryCold is what a fresh search process pays to tokenize a
// query: unpack the embedded list, build the subset, segment.
func BenchmarkQueryCold(b *testing.B) {
	q := "上海市科委 新材料产业"
	for b.Loop() {
		d, err := unpack(dictGz)
		if err != nil {
			b.Fatal(err)
		}
		s, err := subsetOf(d, q)
		if err != nil {
			b.Fatal(err)
		}
		s.SearchTokens(q)
	}
}

// BenchmarkQueryWarm is ForQuery's cost once the list is unpacked but the
// full dictionary is not loaded (a server's first queries).
func BenchmarkQueryWarm(b *testing.B) {
	q := "上海市科委 新材料产业"
	d, err := dictionary()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s, err := subsetOf(d, q)
		if err != nil {
			b.Fatal(err)
		}
		s.SearchTokens(q)
	}
}
