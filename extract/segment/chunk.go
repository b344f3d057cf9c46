package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clausePunct are the punctuation marks that end a chunk. gen.go keeps
// dictionary words free of them (and of whitespace); dict_test.go checks.
const clausePunct = ",.!?;:，。！？；：、"

// maxChunk bounds the bytes segmented at once when text has no separator.
const maxChunk = 4096

// isSeparator reports whether r ends a chunk.
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(clausePunct, r)
}

// eachChunk calls fn with the byte range of every chunk of text and of
// every separator rune between chunks, in order, covering all of text.
func eachChunk(text string, fn func(start, end int)) {
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSeparator(r):
			if start < i {
				fn(start, i)
			}
			fn(i, i+size)
			start = i + size
		case i+size-start > maxChunk:
			fn(start, i)
			start = i
		}
		i += size
	}
	if start < len(text) {
		fn(start, len(text))
	}
}
