package figures

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed approx.txt
var approxText string

// markers holds the approximation words, each list longest first.
type markers struct {
	prefix, inner, suffix [][]rune
}

var approx = mustMarkers("approx.txt", approxText)

func mustMarkers(name, text string) markers {
	m, err := parseMarkers(name, text)
	if err != nil {
		panic(err)
	}
	return m
}

func parseMarkers(name, text string) (markers, error) {
	var m markers
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return m, fmt.Errorf("%s:%d: want \"kind word\", got %q", name, n+1, line)
		}
		w := []rune(f[1])
		switch f[0] {
		case "prefix":
			m.prefix = insertLongest(m.prefix, w)
		case "inner":
			m.inner = insertLongest(m.inner, w)
		case "suffix":
			m.suffix = insertLongest(m.suffix, w)
		default:
			return m, fmt.Errorf("%s:%d: unknown kind %q", name, n+1, f[0])
		}
	}
	return m, nil
}

func insertLongest(ws [][]rune, w []rune) [][]rune {
	ws = append(ws, w)
	for i := len(ws) - 1; i > 0 && len(ws[i]) > len(ws[i-1]); i-- {
		ws[i], ws[i-1] = ws[i-1], ws[i]
	}
	return ws
}

// prefixBefore returns the length of the longest prefix marker ending at
// rs[i] (exclusive), not crossing lo.
func (m markers) prefixBefore(rs []rune, lo, i int) int {
	for _, w := range m.prefix {
		s := i - len(w)
		if s >= lo && equal(rs[s:i], w) {
			return len(w)
		}
	}
	return 0
}

// at returns the length of the longest of ws at rs[i].
func at(ws [][]rune, rs []rune, i int) int {
	for _, w := range ws {
		if i+len(w) <= len(rs) && equal(rs[i:i+len(w)], w) {
			return len(w)
		}
	}
	return 0
}

func equal(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
