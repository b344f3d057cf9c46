package analyzer

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// folded is a text with full-width runes folded to half width, and the way
// back to offsets in the original.
type folded struct {
	text []byte
	// back maps a byte offset in text that starts a rune (or len(text)) to
	// the offset in the original; nil when folding changed nothing.
	back []int
}

// foldWidth folds full-width and half-width forms as width.Fold does,
// rune by rune; invalid bytes are kept as they are.
func foldWidth(in []byte) folded {
	i := firstFoldable(in)
	if i < 0 {
		return folded{text: in}
	}
	out := make([]byte, i, len(in))
	copy(out, in)
	back := make([]int, i, len(in)+1)
	for j := range i {
		back[j] = j
	}
	for i < len(in) {
		r, size := utf8.DecodeRune(in[i:])
		start := len(out)
		if f := fold(r, size); f != 0 {
			out = utf8.AppendRune(out, f)
		} else {
			out = append(out, in[i:i+size]...)
		}
		for range len(out) - start {
			back = append(back, i)
		}
		i += size
	}
	back = append(back, len(in))
	return folded{text: out, back: back}
}

// fold returns the half-width form of r, or 0 if r stays.
func fold(r rune, size int) rune {
	if r == utf8.RuneError && size == 1 {
		return 0
	}
	return width.LookupRune(r).Folded()
}

func firstFoldable(in []byte) int {
	for i := 0; i < len(in); {
		r, size := utf8.DecodeRune(in[i:])
		if r >= 0x3000 && fold(r, size) != 0 {
			return i
		}
		i += size
	}
	return -1
}

// orig maps an offset in the folded text back to the original.
func (f folded) orig(i int) int {
	if f.back == nil {
		return i
	}
	return f.back[i]
}
