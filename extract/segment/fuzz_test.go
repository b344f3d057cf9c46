package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", " ", "上海市科委副主任说，新材料产业发展很快。", "中华人民共和国成立了",
	"iPhone15在2025年7月9日发布，售价5999元", "\xff上海\xe4\xb8", "ＡＢＣ２０２５年",
	"科委 科委，上海市科委", "a.b,c!d?e;f:g", "\u3000\u00a0\t\r\n", "囧囧囧",
}

// checkTokens checks the invariants of Tokens: each token is the text at
// its offsets, tokens are in order without overlap, only whitespace lies
// between them, and no token is whitespace.
func checkTokens(t *testing.T, text string, toks []SearchToken) {
	t.Helper()
	end, pos := 0, -1
	for _, tok := range toks {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			t.Fatalf("%q: bad offsets %d:%d", text, tok.Start, tok.End)
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("%q: token %q at %d:%d, text there %q", text, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if tok.Sub {
			if tok.Position != pos {
				t.Fatalf("%q: sub-word %q at position %d, parent at %d", text, tok.Text, tok.Position, pos)
			}
			continue
		}
		if tok.Position != pos+1 {
			t.Fatalf("%q: token %q at position %d after %d", text, tok.Text, tok.Position, pos)
		}
		if gap := text[end:tok.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("%q: non-space %q dropped before %q", text, gap, tok.Text)
		}
		if strings.TrimFunc(tok.Text, unicode.IsSpace) == "" {
			t.Fatalf("%q: whitespace token %q", text, tok.Text)
		}
		end, pos = tok.End, tok.Position
	}
	if rest := text[end:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("%q: non-space tail %q dropped", text, rest)
	}
}

// checkSubs checks that every sub-word lies strictly inside its parent.
func checkSubs(t *testing.T, text string, toks []SearchToken) {
	t.Helper()
	var parent SearchToken
	for _, tok := range toks {
		if !tok.Sub {
			parent = tok
			continue
		}
		if tok.Start < parent.Start || tok.End > parent.End || tok.End-tok.Start >= parent.End-parent.Start {
			t.Fatalf("%q: sub-word %q %d:%d not inside %q %d:%d", text, tok.Text, tok.Start, tok.End, parent.Text, parent.Start, parent.End)
		}
		if utf8.RuneCountInString(tok.Text) < 2 && (tok.End != parent.End || utf8.RuneCountInString(parent.Text) < 3) {
			t.Fatalf("%q: one-rune sub-word %q not the suffix of a long word %q", text, tok.Text, parent.Text)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	s := Default()
	f.Fuzz(func(t *testing.T, text string) {
		search := s.SearchTokens(text)
		checkTokens(t, text, search)
		checkSubs(t, text, search)
		var precise []SearchToken
		for _, tok := range search {
			if !tok.Sub {
				precise = append(precise, tok)
			}
		}
		toks := s.Tokens(text)
		if len(toks) != len(precise) {
			t.Fatalf("%q: Tokens gave %d, SearchTokens %d precise tokens", text, len(toks), len(precise))
		}
		for i, tok := range toks {
			if tok != precise[i].Token {
				t.Fatalf("%q: Tokens[%d] = %v, SearchTokens has %v", text, i, tok, precise[i].Token)
			}
		}
	})
}

// FuzzForQuery checks that the cold-start path segments any short string
// exactly like the full dictionary.
func FuzzForQuery(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	full := Default()
	f.Fuzz(func(t *testing.T, q string) {
		if len(q) > maxQueryBytes {
			return
		}
		sub, err := loadSubset(q)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := sub.SearchTokens(q), full.SearchTokens(q); !slices.Equal(got, want) {
			t.Fatalf("%q:\nsubset  %v\ndefault %v", q, brief(got), brief(want))
		}
	})
}
