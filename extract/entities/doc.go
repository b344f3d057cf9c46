package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract"
)

// match is a lexicon word found in the text, in rune offsets.
type match struct {
	start, end int
	flags      uint32
}

// doc is one text being analysed: its runes, every lexicon match, and the
// word boundaries given by segmentation, if any.
type doc struct {
	lx      *lexicon
	rs      []rune
	matches []match // sorted by start, then end
	byStart []int32 // byStart[i]: index of the first match starting at >= i
	endHead []int32 // endHead[i]: last match ending at i, -1 if none
	endNext []int32 // endNext[m]: previous match ending where m ends
	inside  []bool  // inside[i]: rune i lies strictly inside a token (a token starts before i and ends after i)
	tokLen  []int16 // tokLen[i]: length in runes of the token starting at i, 0 if none
	tokBeg  []int32 // tokBeg[i]: start of the token that holds rune i
	tokPos  []string
	hasToks bool
}

func newDoc(lx *lexicon, text string, toks []extract.Token) *doc {
	d := &doc{lx: lx, rs: []rune(text)}
	d.scan()
	d.setTokens(text, toks)
	return d
}

func (d *doc) scan() {
	n := len(d.rs)
	d.byStart = make([]int32, n+1)
	for i := 0; i < n; i++ {
		d.byStart[i] = int32(len(d.matches))
		if !isHan(d.rs[i]) {
			continue
		}
		d.lx.t.each(d.rs, i, func(end int, f uint32) {
			d.matches = append(d.matches, match{i, end, f})
		})
	}
	d.byStart[n] = int32(len(d.matches))
	d.endHead = make([]int32, n+1)
	for i := range d.endHead {
		d.endHead[i] = -1
	}
	d.endNext = make([]int32, len(d.matches))
	for m := range d.matches {
		e := d.matches[m].end
		d.endNext[m] = d.endHead[e]
		d.endHead[e] = int32(m)
	}
}

// setTokens maps byte-offset tokens onto runes. Tokens must come in text
// order without overlap (as segmentation gives them); a token that breaks
// this, or does not start and end on rune boundaries, is ignored.
func (d *doc) setTokens(text string, toks []extract.Token) {
	if len(toks) == 0 {
		return
	}
	n := len(d.rs)
	d.inside = make([]bool, n+1)
	d.tokLen = make([]int16, n+1)
	d.tokPos = make([]string, n+1)
	d.tokBeg = make([]int32, n+1)
	for i := range d.tokBeg {
		d.tokBeg[i] = int32(i)
	}
	b, r := 0, 0 // byte offset b is rune offset r
	for _, t := range toks {
		if t.Start < b || t.End > len(text) || t.Start >= t.End {
			continue
		}
		s := r + utf8.RuneCountInString(text[b:t.Start])
		e := s + utf8.RuneCountInString(text[t.Start:t.End])
		if !utf8.RuneStart(text[t.Start]) || t.End < len(text) && !utf8.RuneStart(text[t.End]) {
			continue
		}
		b, r = t.End, e
		d.hasToks = true
		if e-s < 1<<14 {
			d.tokLen[s] = int16(e - s)
		}
		d.tokPos[s] = t.Pos
		for i := s + 1; i < e; i++ {
			d.inside[i] = true
			d.tokBeg[i] = int32(s)
		}
	}
}

// splits reports whether position i cuts a token in two.
func (d *doc) splits(i int) bool {
	return d.hasToks && i >= 0 && i < len(d.inside) && d.inside[i]
}

// startsWith returns the flags of all words starting at i, and longest
// returns the end of the longest word starting at i with any of flags.
func (d *doc) startsWith(i int) uint32 {
	var f uint32
	if i < 0 || i >= len(d.rs) {
		return 0
	}
	for m := d.byStart[i]; m < d.byStart[i+1]; m++ {
		f |= d.matches[m].flags
	}
	return f
}

func (d *doc) longestFrom(i int, flags uint32) int {
	best := -1
	if i < 0 || i >= len(d.rs) {
		return best
	}
	for m := d.byStart[i]; m < d.byStart[i+1]; m++ {
		if d.matches[m].flags&flags != 0 && d.matches[m].end > best {
			best = d.matches[m].end
		}
	}
	return best
}

// longestTo returns the start of the longest word ending at i with any of
// flags, and that word's flags; -1 if none.
func (d *doc) longestTo(i int, flags uint32) (int, uint32) {
	best, bf := -1, uint32(0)
	if i < 0 || i >= len(d.endHead) {
		return best, 0
	}
	for m := d.endHead[i]; m >= 0; m = d.endNext[m] {
		mm := d.matches[m]
		if mm.flags&flags != 0 && (best < 0 || mm.start < best) {
			best, bf = mm.start, mm.flags
		}
	}
	return best, bf
}

// is reports whether the exact word rs[s:e] has any of flags.
func (d *doc) is(s, e int, flags uint32) bool {
	if s < 0 || e > len(d.rs) || s >= e {
		return false
	}
	for m := d.byStart[s]; m < d.byStart[s+1]; m++ {
		if d.matches[m].end == e && d.matches[m].flags&flags != 0 {
			return true
		}
	}
	return false
}

func isHan(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	return r >= 0x3400 && unicode.Is(unicode.Han, r) || r == '〇'
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t'
}

func (d *doc) han(i int) bool { return i >= 0 && i < len(d.rs) && isHan(d.rs[i]) }

func (d *doc) text(s, e int) string { return string(d.rs[s:e]) }

// tokenBefore returns the start of the token that ends at p, or -1.
func (d *doc) tokenBefore(p int) int {
	if !d.hasToks || p <= 0 || p > len(d.rs) {
		return -1
	}
	s := int(d.tokBeg[p-1])
	if int(d.tokLen[s]) != p-s {
		return -1
	}
	return s
}
