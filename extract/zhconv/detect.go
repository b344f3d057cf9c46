package zhconv

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Script is the Chinese script a text is written in.
type Script string

// Scripts Detect returns.
const (
	Simplified  Script = "simplified"
	Traditional Script = "traditional"
	Mixed       Script = "mixed"
)

// minority is the share of the other script's marker characters a text may
// hold and still count as written in one script: a Simplified article quoting
// a Traditional name or title stays Simplified.
const minority = 0.05

// Detect tells whether s is written in Simplified or Traditional characters,
// or in both. It counts only characters that belong to one script alone
// (後 is Traditional only; 乾, 著, 后, 里 are valid Simplified characters and
// are not counted), and calls a text Simplified when it has no Traditional
// marker, or fewer than 5% of the markers are Traditional, and Traditional
// when fewer than 5% are Simplified. Text without marker characters (ASCII,
// or only characters both scripts share) is Simplified, so it is left as
// written.
func Detect(s string) Script {
	sets := scriptSets()
	var trad, simp int
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case sets.trad.has(r):
			trad++
		case sets.simp.has(r):
			simp++
		}
	}
	total := float64(trad + simp)
	switch {
	case trad == 0 || float64(trad) < minority*total:
		return Simplified
	case float64(simp) < minority*total:
		return Traditional
	}
	return Mixed
}

// runeSet is a set of runes: a bitmap for the BMP, a map beyond it.
type runeSet struct {
	bmp    []uint64
	astral map[rune]bool
}

func newRuneSet() runeSet {
	return runeSet{bmp: make([]uint64, 0x10000/64), astral: map[rune]bool{}}
}

func (s runeSet) add(r rune) {
	if r < 0x10000 {
		s.bmp[r>>6] |= 1 << (r & 63)
	} else {
		s.astral[r] = true
	}
}

func (s runeSet) has(r rune) bool {
	if r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.astral[r]
}

// markers holds the characters that belong to one script only.
type markers struct {
	once       sync.Once
	trad, simp runeSet
}

var scripts markers

// scriptSets loads the generated marker sets on first use.
func scriptSets() *markers {
	scripts.once.Do(func() {
		scripts.trad = loadSet("dict/TradOnly.txt")
		scripts.simp = loadSet("dict/SimpOnly.txt")
	})
	return &scripts
}

// loadSet reads a generated one-character-a-line file.
func loadSet(path string) runeSet {
	data, err := dictFS.ReadFile(path)
	if err != nil {
		panic("zhconv: " + err.Error()) // embedded: a build defect
	}
	set := newRuneSet()
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(line)
		set.add(r)
	}
	return set
}
