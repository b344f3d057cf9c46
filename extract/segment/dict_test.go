package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDictionary(t *testing.T) {
	d, err := dictionary()
	if err != nil {
		t.Fatal(err)
	}
	sum, n := 0.0, 0
	err = d.each(nil, func(e entry) error {
		n++
		sum += e.freq
		if strings.ContainsFunc(e.word, isSeparator) {
			t.Errorf("word %q contains a chunk separator; chunking would change segmentation", e.word)
		}
		if strings.ToLower(e.word) != e.word && strings.ContainsAny(e.word, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Errorf("word %q has upper-case ASCII; gse lowercases input so it can never match", e.word)
		}
		if utf8.RuneCountInString(e.word) == 1 && e.freq != 2 {
			t.Errorf("one-rune word %q has frequency %v, gse's loader gives 2", e.word, e.freq)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum != d.total {
		t.Errorf("sum of frequencies %v, header total %v", sum, d.total)
	}
	if n < 100000 || n > 120000 {
		t.Errorf("got %d words, want the ~109k of frequency >= 10", n)
	}
	g := Default().gse.Dict
	if g.NumTokens() != n || g.TotalFreq() != d.total {
		t.Errorf("gse holds %d words with total %v, want %d and %v (duplicates in the file?)",
			g.NumTokens(), g.TotalFreq(), n, d.total)
	}
}

func TestUnpackErrors(t *testing.T) {
	if _, err := unpack([]byte("not gzip")); err == nil {
		t.Error("unpack of garbage: got no error")
	}
	if _, err := readTotal([]byte("# no total here\n上海 10 ns\n")); err == nil {
		t.Error("missing total: got no error")
	}
	if _, err := readTotal([]byte("# total x\n")); err == nil || !strings.Contains(err.Error(), dictName+":1:") {
		t.Errorf("bad total: got %v, want an error naming %s:1", err, dictName)
	}
	d := &dictData{text: []byte("# total 3\n上海 x ns\n"), total: 3}
	err := d.each(nil, func(entry) error { return nil })
	if err == nil || !strings.Contains(err.Error(), dictName+":2:") {
		t.Errorf("bad line: got %v, want an error naming %s:2", err, dictName)
	}
}
