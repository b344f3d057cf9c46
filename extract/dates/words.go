package dates

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed words.txt
var wordsText string

//go:embed periods.txt
var periodsText string

// word is a relative date word from words.txt.
type word struct {
	text   []rune
	kind   string
	offset int
}

// period is a part of a year from periods.txt.
type period struct {
	text        []rune
	first, last int
	afterYear   bool
}

var (
	words   = mustWords("words.txt", wordsText)
	periods = mustPeriods("periods.txt", periodsText)
)

var wordKinds = map[string]bool{
	"year": true, "day": true, "sameday": true, "nextday": true, "sameyear": true,
	"month": true, "samemonth": true, "week": true, "none": true,
}

// lines yields the non-comment lines of a rule file with their numbers.
func lines(text string, f func(n int, fields []string) error) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(n+1, strings.Fields(line)); err != nil {
			return err
		}
	}
	return nil
}

func parseWords(name, text string) ([]word, error) {
	var ws []word
	err := lines(text, func(n int, f []string) error {
		if len(f) != 3 || !wordKinds[f[1]] {
			return fmt.Errorf("%s:%d: want \"word kind offset\" with a known kind, got %q", name, n, strings.Join(f, " "))
		}
		off, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("%s:%d: offset: %w", name, n, err)
		}
		ws = append(ws, word{text: []rune(f[0]), kind: f[1], offset: off})
		return nil
	})
	sortLongest(len(ws), func(i int) int { return len(ws[i].text) }, func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
	return ws, err
}

func parsePeriods(name, text string) ([]period, error) {
	var ps []period
	err := lines(text, func(n int, f []string) error {
		if len(f) < 3 || len(f) > 4 || (len(f) == 4 && f[3] != "after-year") {
			return fmt.Errorf("%s:%d: want \"word first last [after-year]\", got %q", name, n, strings.Join(f, " "))
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || a < 1 || b > 12 || a > b {
			return fmt.Errorf("%s:%d: bad months %q %q", name, n, f[1], f[2])
		}
		ps = append(ps, period{text: []rune(f[0]), first: a, last: b, afterYear: len(f) == 4})
		return nil
	})
	sortLongest(len(ps), func(i int) int { return len(ps[i].text) }, func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	return ps, err
}

// sortLongest orders items longest first (insertion sort; the lists are short).
func sortLongest(n int, length func(int) int, swap func(i, j int)) {
	for i := 1; i < n; i++ {
		for j := i; j > 0 && length(j) > length(j-1); j-- {
			swap(j, j-1)
		}
	}
}

func mustWords(name, text string) []word {
	ws, err := parseWords(name, text)
	if err != nil {
		panic(err)
	}
	return ws
}

func mustPeriods(name, text string) []period {
	ps, err := parsePeriods(name, text)
	if err != nil {
		panic(err)
	}
	return ps
}

// wordAt returns the longest relative word at rs[i].
func wordAt(rs []rune, i int) (word, bool) {
	if i >= len(rs) {
		return word{}, false
	}
	if i > 0 && strings.ContainsRune("前后上下", rs[i]) && strings.ContainsRune(glueBefore, rs[i-1]) {
		return word{}, false // 提前天数, 此后天气, 以上年份: the character belongs to the word before
	}
	for _, w := range words {
		if hasPrefix(rs[i:], w.text) {
			return w, true
		}
	}
	return word{}, false
}

// glueBefore lists characters that form a word with a following 前, 后, 上
// or 下 (提前, 此后, 以上, 当下).
const glueBefore = "提之以此最然随马向往早晚今午当目眼面日先空事饭会"

// periodAt returns the longest period word at rs[i]; afterYear words only
// when afterYear is set.
func periodAt(rs []rune, i int, afterYear bool) (period, bool) {
	for _, p := range periods {
		if (afterYear || !p.afterYear) && hasPrefix(rs[i:], p.text) {
			return p, true
		}
	}
	return period{}, false
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
