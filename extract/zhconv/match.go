package zhconv

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// cand is one dictionary key and the value that replaces it.
type cand struct {
	key, val       string
	keyRunes, valN int32 // rune counts of key and val
}

// matcher finds, at a position of a text, the key an OpenCC dictionary group
// would match there: the longest key of the first dictionary that has any.
// Candidates are indexed by their first rune; each rune's list is ordered by
// dictionary, then by key length, longest first, so the first candidate that
// is a prefix of the text is the answer.
type matcher struct {
	bmp    []uint32 // rune < 0x10000 -> start<<8 | count into cands; 0 = none
	astral map[rune]uint32
	cands  []cand
	maxKey int // longest key in bytes
}

// newMatcher builds the matcher of a dictionary group, dicts in group order.
func newMatcher(dicts []*dict) (*matcher, error) {
	byRune := map[rune][]cand{}
	m := &matcher{bmp: make([]uint32, 0x10000), astral: map[rune]uint32{}}
	for _, d := range dicts {
		perRune := map[rune][]cand{}
		for _, e := range d.entries {
			r, _ := utf8.DecodeRuneInString(e.key)
			perRune[r] = append(perRune[r], e)
			m.maxKey = max(m.maxKey, len(e.key))
		}
		for r, cs := range perRune {
			sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].key) > len(cs[j].key) })
			byRune[r] = append(byRune[r], cs...)
		}
	}
	runes := make([]rune, 0, len(byRune))
	for r := range byRune {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		cs := byRune[r]
		if len(cs) > 0xff || len(m.cands)+1 > 0xffffff {
			return nil, fmt.Errorf("too many keys starting with %q", r)
		}
		// Index 0 of cands is never used, so that 0 means "none".
		if len(m.cands) == 0 {
			m.cands = append(m.cands, cand{})
		}
		info := uint32(len(m.cands))<<8 | uint32(len(cs))
		m.cands = append(m.cands, cs...)
		if r < 0x10000 {
			m.bmp[r] = info
		} else {
			m.astral[r] = info
		}
	}
	return m, nil
}

// lookup returns the candidates whose key starts with r.
func (m *matcher) lookup(r rune) []cand {
	var info uint32
	if r < 0x10000 {
		info = m.bmp[r]
	} else {
		info = m.astral[r]
	}
	if info == 0 {
		return nil
	}
	start := info >> 8
	return m.cands[start : start+info&0xff]
}

// find returns the candidate matching s at p, whose first rune has size bytes.
func find(cs []cand, s string, p, size int) *cand {
	for i := range cs {
		c := &cs[i]
		if len(c.key) == size || strings.HasPrefix(s[p:], c.key) {
			return c
		}
	}
	return nil
}

// matchAt returns the byte length of the key matching s at p, or 0.
func (m *matcher) matchAt(s string, p int) int {
	r, size := decode(s, p)
	cs := m.lookup(r)
	if cs == nil {
		return 0
	}
	if c := find(cs, s, p, size); c != nil {
		return len(c.key)
	}
	return 0
}

// appendConvert replaces every key matched left to right in s by its value.
// Runs of characters without a key are copied in bulk.
func (m *matcher) appendConvert(dst []byte, s string, rec *localRecorder) []byte {
	copied := 0
	for p := 0; p < len(s); {
		r, size := decode(s, p)
		cs := m.lookup(r)
		if cs == nil {
			p += size
			continue
		}
		c := find(cs, s, p, size)
		if c == nil {
			p += size
			continue
		}
		dst = append(dst, s[copied:p]...)
		dst = append(dst, c.val...)
		if rec != nil && c.keyRunes != c.valN {
			rec.unit(s, p, c.keyRunes, c.valN)
		}
		p += len(c.key)
		copied = p
	}
	return append(dst, s[copied:]...)
}

// decode returns the rune at s[p] and its size; invalid bytes decode as
// utf8.RuneError of size 1, which no dictionary has.
func decode(s string, p int) (rune, int) {
	if b := s[p]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(s[p:])
}

func runeLen(s string, p int) int {
	if s[p] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[p:])
	return n
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
