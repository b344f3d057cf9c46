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
		if len(f) != 2 || !classes[f[1]] {
			return nil, fmt.Errorf("%s:%d: want \"unit class\" with a known class, got %q", name, n+1, line)
		}
		u := unit{text: []rune(strings.ToLower(f[0])), class: f[1]}
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

// match returns the longest unit at rs[i], if any.
func (t unitTable) match(rs []rune, i int) (unit, bool) {
	if i >= len(rs) {
		return unit{}, false
	}
	for _, u := range t[lower(rs[i])] {
		if i+len(u.text) > len(rs) {
			continue
		}
		ok := true
		for k, r := range u.text {
			if lower(rs[i+k]) != r {
				ok = false
				break
			}
		}
		end := i + len(u.text)
		if ok && u.ascii && end < len(rs) && (isLetter(rs[end]) || (rs[end] >= '0' && rs[end] <= '9')) {
			ok = false
		}
		if ok {
			return u, true
		}
	}
	return unit{}, false
}

// name is the unit as reported: its text, with the percent signs unified.
func (u unit) name() string {
	switch s := string(u.text); s {
	case "％":
		return "%"
	case "°c":
		return "℃"
	default:
		return s
	}
}
