package cnnum

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed nonnum.txt
var nonnumText string

// nonnum maps a first rune to the non-numeral words starting with it,
// longest first.
var nonnum = mustLexicon("nonnum.txt", nonnumText)

// lexicon is a set of words indexed by their first rune.
type lexicon struct {
	words map[rune][][]rune
	first bitset // first runes, for a fast negative answer
}

// bitset marks runes of the Basic Multilingual Plane.
type bitset [1 << 16 / 64]uint64

func (b *bitset) set(r rune) {
	if r < 1<<16 {
		b[r>>6] |= 1 << (r & 63)
	}
}

func (b *bitset) has(r rune) bool { return r < 1<<16 && b[r>>6]&(1<<(r&63)) != 0 }

// mustLexicon parses an embedded word list; a bad line panics with its
// file:line, which the package tests catch.
func mustLexicon(name, text string) *lexicon {
	lx, err := parseLexicon(name, text)
	if err != nil {
		panic(err)
	}
	return lx
}

// parseLexicon reads one word a line; # starts a comment line.
func parseLexicon(name, text string) (*lexicon, error) {
	lx := &lexicon{words: map[rune][][]rune{}}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("%s:%d: word %q contains a space", name, n+1, line)
		}
		w := []rune(line)
		lx.words[w[0]] = insertLongestFirst(lx.words[w[0]], w)
		lx.first.set(w[0])
	}
	return lx, nil
}

func insertLongestFirst(ws [][]rune, w []rune) [][]rune {
	ws = append(ws, w)
	for i := len(ws) - 1; i > 0 && len(ws[i]) > len(ws[i-1]); i-- {
		ws[i], ws[i-1] = ws[i-1], ws[i]
	}
	return ws
}

// match returns the length of the longest word starting at rs[i], or 0.
func (lx *lexicon) match(rs []rune, i int) int {
	if !lx.first.has(rs[i]) {
		return 0
	}
	for _, w := range lx.words[rs[i]] {
		if hasPrefix(rs[i:], w) {
			return len(w)
		}
	}
	return 0
}

func hasPrefix(rs, w []rune) bool {
	if len(w) > len(rs) {
		return false
	}
	for k := range w {
		if rs[k] != w[k] {
			return false
		}
	}
	return true
}

// NonNumeral returns the length in runes of a word starting at rs[i] whose
// numeral characters are not a number (一切, 四川, 五位一体), or 0.
func NonNumeral(rs []rune, i int) int { return nonnum.match(rs, i) }
