package entities

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Word kinds, as bit flags: one word may be several things (中国 is a place
// and an organization prefix).
const (
	fLoc        uint32 = 1 << iota // full place name: division, country, region
	fLocShort                      // short division name: 上海, 浦东
	fTown                          // town or subdistrict: 梅陇镇
	fOrg                           // known organization or media outlet
	fOrgSuffix                     // ends an organization name
	fOrgStrong                     // suffix that needs a place or known name on its left
	fOrgCore                       // strong suffix that also needs a core: 中心
	fOrgPrefix                     // may start an organization name
	fOrgPart                       // inner part of a name that holds a boundary word: 经济和信息化
	fBoundary                      // an organization never extends left over this word
	fGeneric                       // generic noun: no organization without an anchor holds it
	fTitle                         // title before a name: 副主任
	fTitleAfter                    // title after a name: 院士
	fSurname                       // surname (one or two characters)
	fNameCtx                       // word that follows a name: 表示
	fNameVerb                      // speech verb that alone marks the word before it as a name
	fNotName                       // common word that looks like a name
	fAbbrev                        // one-character province abbreviation: 沪
	fNotSuffix                     // word ending like a suffix that is none: 布局
	fProvince                      // division levels, for full and short names
	fPrefecture
	fCounty
	fTitleWeak // a role held by many (同学, 市民): weaker evidence for a name
	fTop       // country or continent: starts a joined place name, never continues one
)

// lexicon is the dictionary of all word lists, loaded once.
type lexicon struct {
	t           trie
	notGiven    map[rune]bool
	weakSurname map[rune]bool
	translit    map[rune]bool
	abbrevCtx   map[string]bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// load returns the shared lexicon; a broken data file is a programming
// error caught by the tests, so it panics with file:line.
func load() *lexicon {
	lexOnce.Do(func() { lex, lexErr = build() })
	if lexErr != nil {
		panic(lexErr)
	}
	return lex
}

func build() (*lexicon, error) {
	l := &lexicon{t: newTrie(), notGiven: map[rune]bool{}, weakSurname: map[rune]bool{}, translit: map[rune]bool{}, abbrevCtx: map[string]bool{}}
	if err := l.loadDivisions(); err != nil {
		return nil, err
	}
	plain := []struct {
		file string
		flag uint32
	}{
		{"orgs.txt", fOrg}, {"org_prefixes.txt", fOrgPrefix},
		{"not_names.txt", fNotName},
	}
	for _, p := range plain {
		if err := eachLine(p.file, func(line string, _ int) error {
			l.addWords(line, p.flag)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	for _, f := range []func() error{l.loadSurnames, l.loadPlaces, l.loadSuffixes, l.loadTitles, l.loadBoundaries, l.loadNameCtx, l.loadRunes, l.loadAbbrev} {
		if err := f(); err != nil {
			return nil, err
		}
	}
	l.t.freeze()
	return l, nil
}

func (l *lexicon) addWords(line string, flag uint32) {
	for _, w := range strings.Fields(line) {
		l.t.add(w, flag)
	}
}

// eachLine calls fn with every non-blank, non-comment line of a data file.
func eachLine(name string, fn func(line string, n int) error) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("data/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func (l *lexicon) loadDivisions() error {
	return eachLine("divisions.txt", func(line string, _ int) error {
		fs := strings.Split(line, "\t")
		if len(fs) < 2 || len(fs[0]) != 1 {
			return fmt.Errorf("want level<TAB>name[<TAB>short], got %q", line)
		}
		level := map[string]uint32{"p": fProvince, "c": fPrefecture, "a": fCounty, "t": 0}[fs[0]]
		if fs[0] == "t" {
			l.t.add(fs[1], fTown)
		} else {
			l.t.add(fs[1], fLoc|level)
		}
		if len(fs) > 2 && fs[2] != "" {
			l.t.add(fs[2], fLocShort|level)
		}
		return nil
	})
}

func (l *lexicon) loadSurnames() error {
	return eachLine("surnames.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "weak:"); ok {
			for _, r := range strings.ReplaceAll(rest, " ", "") {
				l.weakSurname[r] = true
			}
			return nil
		}
		l.addWords(line, fSurname)
		return nil
	})
}

func (l *lexicon) loadPlaces() error {
	return eachLine("places.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "top:"); ok {
			l.addWords(rest, fLoc|fTop)
			return nil
		}
		l.addWords(line, fLoc)
		return nil
	})
}

func (l *lexicon) loadSuffixes() error {
	return eachLine("org_suffixes.txt", func(line string, _ int) error {
		fs := strings.Fields(line)
		flag := fOrgSuffix
		if len(fs) == 2 && fs[1] == "!" {
			flag |= fOrgStrong
		} else if len(fs) == 2 && fs[1] == "!!" {
			flag |= fOrgStrong | fOrgCore
		} else if len(fs) != 1 {
			return fmt.Errorf("want suffix [!], got %q", line)
		}
		l.t.add(fs[0], flag)
		return nil
	})
}

func (l *lexicon) loadTitles() error {
	return eachLine("titles.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "after:"); ok {
			l.addWords(rest, fTitleAfter)
			return nil
		}
		if rest, ok := strings.CutPrefix(line, "weak:"); ok {
			l.addWords(rest, fTitle|fTitleWeak)
			return nil
		}
		l.addWords(line, fTitle)
		return nil
	})
}

func (l *lexicon) loadBoundaries() error {
	return eachLine("boundaries.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "generic:"); ok {
			l.addWords(rest, fGeneric)
			return nil
		}
		if rest, ok := strings.CutPrefix(line, "notsuffix:"); ok {
			l.addWords(rest, fNotSuffix)
			return nil
		}
		if rest, ok := strings.CutPrefix(line, "part:"); ok {
			l.addWords(rest, fOrgPart)
			return nil
		}
		l.addWords(line, fBoundary)
		return nil
	})
}

func (l *lexicon) loadNameCtx() error {
	return eachLine("name_context.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "verb:"); ok {
			l.addWords(rest, fNameVerb|fNameCtx)
			return nil
		}
		l.addWords(line, fNameCtx)
		return nil
	})
}

func (l *lexicon) loadRunes() error {
	for _, s := range []struct {
		file string
		set  map[rune]bool
	}{{"not_given.txt", l.notGiven}, {"translit.txt", l.translit}} {
		if err := eachLine(s.file, func(line string, _ int) error {
			for _, r := range line {
				if r != ' ' {
					s.set[r] = true
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// loadAbbrev reads province abbreviations and the verbs that make them
// places: "abbrev: 沪 渝" and "ctx: 在 来 赴".
func (l *lexicon) loadAbbrev() error {
	return eachLine("abbrev.txt", func(line string, _ int) error {
		if rest, ok := strings.CutPrefix(line, "abbrev:"); ok {
			for _, w := range strings.Fields(rest) {
				if utf8.RuneCountInString(w) != 1 {
					return fmt.Errorf("abbreviation %q is not one character", w)
				}
				l.t.add(w, fAbbrev)
			}
			return nil
		}
		if rest, ok := strings.CutPrefix(line, "ctx:"); ok {
			for _, w := range strings.Fields(rest) {
				l.abbrevCtx[w] = true
			}
			return nil
		}
		return fmt.Errorf("want abbrev: or ctx:, got %q", line)
	})
}
