package figures

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed units.txt
var unitsText string

// Unit classes, as written in units.txt.
const (
	classCurrency   = "currency"
	classPercent    = "percent"
	classMeasure    = "measure"
	classClassifier = "classifier"
	classTime       = "time"
	classAge        = "age"
	classTemp       = "temp"
	classRank       = "rank"
)

var classes = map[string]bool{
	classCurrency: true, classPercent: true, classMeasure: true, classClassifier: true,
	classTime: true, classAge: true, classTemp: true, classRank: true,
}

// unit is one entry of units.txt.
type unit struct {
	text  []rune // lower case for ASCII units
	class string
	name  string // how the unit is reported; empty: as written
	ascii bool
}

// unitTable maps a first rune to the units starting with it, longest first.
type unitTable map[rune][]unit

var units = mustUnits("units.txt", unitsText)

func mustUnits(name, text string) unitTable {
	t, err := parseUnits(name, text)
	if err != nil {
		panic(err)
	}
	return t
}

// parseUnits reads "unit class" lines; # starts a comment line.
func parseUnits(name, text string) (unitTable, error) {
	t := unitTable{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 || len(f) > 3 || !classes[f[1]] {
			return nil, fmt.Errorf("%s:%d: want \"unit class [name]\" with a known class, got %q", name, n+1, line)
		}
		u := unit{text: []rune(strings.ToLower(f[0])), class: f[1]}
		if len(f) == 3 {
			u.name = f[2]
		}
		u.ascii = u.text[0] < 0x80 && isLetter(u.text[0])
		t[u.text[0]] = insertUnit(t[u.text[0]], u)
	}
	return t, nil
}

func insertUnit(us []unit, u unit) []unit {
	us = append(us, u)
	for i := len(us) - 1; i > 0 && len(us[i].text) > len(us[i-1].text); i-- {
		us[i], us[i-1] = us[i-1], us[i]
	}
	return us
}

func isLetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

func lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// match returns the longest unit at rs[i], if any, and where it ends.
// Single spaces between the characters of a Chinese unit are tolerated
// (个 百 分点).
func (t unitTable) match(rs []rune, i int) (unit, int, bool) {
	if i >= len(rs) {
		return unit{}, i, false
	}
	for _, u := range t[lower(rs[i])] {
		if end, ok := u.at(rs, i); ok {
			return u, end, true
		}
	}
	return unit{}, i, false
}

// at reports whether u is written at rs[i], and where it ends.
func (u unit) at(rs []rune, i int) (int, bool) {
	j := i
	for k, r := range u.text {
		for k > 0 && !u.ascii && j < len(rs) && rs[j] == ' ' {
			j++
		}
		if j >= len(rs) || lower(rs[j]) != r {
			return i, false
		}
		j++
	}
	if u.ascii && j < len(rs) && (isLetter(rs[j]) || (rs[j] >= '0' && rs[j] <= '9')) {
		return i, false
	}
	return j, true
}

// classOf returns the class of a reported unit name, or "".
func classOf(name string) string {
	rs := []rune(name)
	if u, end, ok := units.match(rs, 0); ok && end == len(rs) {
		return u.class
	}
	return ""
}
