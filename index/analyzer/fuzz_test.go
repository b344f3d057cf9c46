package analyzer

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks that tokens point at rune boundaries of the input in
// order, that positions grow by one per word, and that a token's term is
// its text folded to half width.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "上海市科委，新材料", "ＡＢＣ的２０２５年", "\xff\xef\xbc上海", "iPhone 15 Pro　发布"} {
		f.Add([]byte(s))
	}
	tz := New(true)
	f.Fuzz(func(t *testing.T, in []byte) {
		end, pos := 0, 0
		for _, tok := range tz.Tokenize(in) {
			if tok.Start < 0 || tok.End > len(in) || tok.Start >= tok.End {
				t.Fatalf("%q: bad offsets %d:%d", in, tok.Start, tok.End)
			}
			if !boundary(in, tok.Start) || !boundary(in, tok.End) {
				t.Fatalf("%q: %d:%d splits a rune", in, tok.Start, tok.End)
			}
			if tok.Position != pos && tok.Position != pos+1 {
				t.Fatalf("%q: position %d after %d", in, tok.Position, pos)
			}
			if tok.Position == pos+1 {
				if tok.Start < end {
					t.Fatalf("%q: word %q at %d overlaps previous word ending %d", in, tok.Term, tok.Start, end)
				}
				end, pos = tok.End, tok.Position
			}
			if got := foldWidth(in[tok.Start:tok.End]).text; !bytes.Equal(got, tok.Term) {
				t.Fatalf("%q: term %q, folded text at %d:%d is %q", in, tok.Term, tok.Start, tok.End, got)
			}
		}
	})
}

// boundary reports whether i does not fall inside a valid UTF-8 sequence.
func boundary(b []byte, i int) bool {
	if i == 0 || i == len(b) {
		return true
	}
	for j := max(0, i-3); j < i; j++ {
		if r, size := utf8.DecodeRune(b[j:]); r != utf8.RuneError && j+size > i {
			return false
		}
	}
	return true
}
