package zhconv

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// cand is one dictionary key and the value that replaces it.
type cand struct {
	key, val       string
	keyRunes, valN int32 // rune counts of key and val
	dict           int32 // which dictionary of the group, while building
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
	dicts  []*dict // the group, in order
}

// newMatcher builds the matcher of a dictionary group, dicts in group order.
// It is a counting sort by first rune, so loading stays well under a
// millisecond: count, allot each rune a range of cands, then place keys in
// dictionary order, each dictionary's keys for a rune longest first.
func newMatcher(dicts []*dict) (*matcher, error) {
	m := &matcher{bmp: make([]uint32, 0x10000), astral: map[rune]uint32{}, dicts: dicts}
	if err := m.allot(dicts); err != nil {
		return nil, err
	}
	m.place(dicts)
	return m, nil
}

// allot counts the keys starting with each rune and gives each rune its
// range of cands, packed as start<<8 | count.
func (m *matcher) allot(dicts []*dict) error {
	for _, d := range dicts {
		for _, e := range d.entries {
			if r := firstRune(e.key); r < 0x10000 {
				m.bmp[r]++
			} else {
				m.astral[r]++
			}
		}
	}
	pos := uint32(1) // cands[0] is unused: info 0 means "none"
	pack := func(r rune, n uint32) (uint32, error) {
		if n > 0xff || pos > 0xffffff {
			return 0, fmt.Errorf("too many keys starting with %q", r)
		}
		info := pos<<8 | n
		pos += n
		return info, nil
	}
	var err error
	for r, n := range m.bmp {
		if n > 0 {
			if m.bmp[r], err = pack(rune(r), n); err != nil {
				return err
			}
		}
	}
	for r, n := range m.astral {
		if m.astral[r], err = pack(r, n); err != nil {
			return err
		}
	}
	m.cands = make([]cand, pos)
	return nil
}

// place puts every key into its rune's range: dictionaries in group order,
// and within one dictionary longest key first (insertion into a range that
// rarely holds more than a few keys).
func (m *matcher) place(dicts []*dict) {
	filled := make([]uint8, 0x10000)
	filledAstral := map[rune]uint8{}
	for di, d := range dicts {
		for _, e := range d.entries {
			e.dict = int32(di)
			r := firstRune(e.key)
			var k uint8
			if r < 0x10000 {
				k = filled[r]
				filled[r]++
			} else {
				k = filledAstral[r]
				filledAstral[r]++
			}
			first := m.info(r) >> 8
			i := first + uint32(k)
			for ; i > first && m.cands[i-1].dict == e.dict && len(m.cands[i-1].key) < len(e.key); i-- {
				m.cands[i] = m.cands[i-1]
			}
			m.cands[i] = e
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// info returns the packed start<<8 | count of r's candidates, 0 if none.
func (m *matcher) info(r rune) uint32 {
	if r < 0x10000 {
		return m.bmp[r]
	}
	return m.astral[r]
}

// lookup returns the candidates whose key starts with r.
func (m *matcher) lookup(r rune) []cand {
	info := m.info(r)
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

// matchAt returns the byte length of the key matching s at p (0 if none)
// and the size of the rune at p.
func (m *matcher) matchAt(s string, p int) (keyLen, size int) {
	r, size := decode(s, p)
	cs := m.lookup(r)
	if cs == nil {
		return 0, size
	}
	if c := find(cs, s, p, size); c != nil {
		return len(c.key), size
	}
	return 0, size
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
// utf8.RuneError of size 1, which no dictionary has. Three-byte sequences,
// where CJK lives, are decoded inline.
func decode(s string, p int) (rune, int) {
	b := s[p]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b&0xf0 == 0xe0 && p+2 < len(s) {
		b1, b2 := s[p+1], s[p+2]
		if b1&0xc0 == 0x80 && b2&0xc0 == 0x80 {
			// Valid unless overlong (< U+0800) or a surrogate.
			if r := rune(b&0x0f)<<12 | rune(b1&0x3f)<<6 | rune(b2&0x3f); r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[p:])
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
