package segment

import (
	"fmt"
	"sync/atomic"
	"unicode/utf8"
)

// Limits of the query path. A subset dictionary costs a scan of the whole
// word list (a few milliseconds), so it only pays for short strings and for
// a process that segments few of them; past maxSubsets the process is
// clearly not a one-shot search and ForQuery loads the full dictionary.
const (
	maxQueryBytes = 512
	maxSubsets    = 32
)

var subsets atomic.Int64

// Loaded reports whether the full dictionary of Default is loaded.
func Loaded() bool {
	return defaultSeg.Load() != nil
}

// ForQuery returns a segmenter that segments q exactly as Default does,
// without loading the full dictionary when q is short: it then holds only
// the dictionary words whose runes all occur in q. Use the result for q (or
// any substring of q) only. Once Default is loaded, ForQuery returns it.
func ForQuery(q string) *Segmenter {
	if len(q) > maxQueryBytes {
		return Default()
	}
	return ForText(q)
}

// ForText is ForQuery for a text of any length. The subset for 30 KB of
// news (the ten hits of a search page) takes about 70 ms to build, the
// full dictionary about 200 ms to load: worth it for a process that
// segments one such text, as a one-shot search highlighting its hits does.
func ForText(text string) *Segmenter {
	if s := defaultSeg.Load(); s != nil {
		return s
	}
	if subsets.Add(1) > maxSubsets {
		return Default()
	}
	s, err := loadSubset(text)
	if err != nil {
		return Default() // panics with the same error; cannot happen with a sound dictionary
	}
	return s
}

// loadSubset builds a segmenter for text from the words whose runes all
// occur in text. gse's path cost of a word is log2(total/frequency), so the
// total must stay that of the full dictionary: a padding word made of a
// rune absent from text carries the missing frequency and never matches.
func loadSubset(text string) (*Segmenter, error) {
	d, err := dictionary()
	if err != nil {
		return nil, err
	}
	return subsetOf(d, text)
}

func subsetOf(d *dictData, text string) (*Segmenter, error) {
	set := runeSet(text)
	g := newGse()
	sum := 0.0
	err := d.each(set.covers, func(e entry) error {
		sum += e.freq
		return g.AddToken(e.word, e.freq, e.pos)
	})
	if err != nil {
		return nil, err
	}
	if pad := d.total - sum; pad > 0 {
		if err := g.AddToken(string(set.absent()), pad); err != nil {
			return nil, fmt.Errorf("padding word: %w", err)
		}
	}
	g.CalcToken()
	return &Segmenter{gse: g}, nil
}

// runes is the set of runes of a text, with ASCII letters lowercased as gse
// lowercases them.
type runes map[rune]struct{}

func runeSet(text string) runes {
	set := runes{}
	for _, r := range text {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		set[r] = struct{}{}
	}
	return set
}

// covers reports whether every rune of word is in the set.
func (set runes) covers(word []byte) bool {
	for len(word) > 0 {
		r, size := utf8.DecodeRune(word)
		if _, ok := set[r]; !ok {
			return false
		}
		word = word[size:]
	}
	return true
}

// absent returns a private-use rune that is not in the set.
func (set runes) absent() rune {
	r := rune(0xE000)
	for {
		if _, ok := set[r]; !ok {
			return r
		}
		r++
	}
}
