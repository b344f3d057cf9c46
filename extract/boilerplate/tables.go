package boilerplate

import (
	"regexp"
	"strings"
)

// isTableRow reports a flattened table row such as "| a | b |".
func isTableRow(s string) bool {
	return strings.HasPrefix(s, "|") && strings.HasSuffix(s, "|") && len(s) > 1
}

func hasSpamWord(s string) bool {
	low := strings.ToLower(s)
	for _, w := range spamLower {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

var spamLower = func() []string {
	out := make([]string, len(spamWords))
	for i, w := range spamWords {
		out[i] = strings.ToLower(w)
	}
	return out
}()

// markTables marks runs of table rows or short link lines as spam when at
// least half of their cells name streaming, porn or gambling apps.
func markTables(ls []line) {
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && linkish(&ls[j]) {
			j++
		}
		if j-i >= 3 && spamShare(ls[i:j]) >= 0.5 {
			for k := i; k < j; k++ {
				ls[k].kind, ls[k].reason, ls[k].hard = kindJunk, ReasonSpam, true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// linkish reports a line that could be a cell row of a link table.
func linkish(l *line) bool {
	if isTableRow(l.text) {
		return true
	}
	return l.kind == kindShort && l.n <= 30
}

func spamShare(ls []line) float64 {
	cells, spam := 0, 0
	for _, l := range ls {
		for _, c := range strings.FieldsFunc(l.text, func(r rune) bool { return r == '|' || r == '｜' }) {
			c = strings.TrimFunc(c, isSpace)
			if c == "" {
				continue
			}
			cells++
			if hasSpamWord(c) {
				spam++
			}
		}
	}
	if cells == 0 {
		return 0
	}
	return float64(spam) / float64(cells)
}

// Menu runs: crawler-flattened menus are long runs of short lines; an
// article's subheadings stand between paragraphs.
const (
	menuItemMax = 24 // runes
	menuRunMin  = 6  // lines
)

// markMenuRuns marks as nav every run of at least menuRunMin consecutive
// lines of at most menuItemMax runes that no rule claimed.
func markMenuRuns(ls []line) {
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].n <= menuItemMax && ls[j].kind != kindJunk {
			j++
		}
		if j-i >= menuRunMin {
			for k := i; k < j; k++ {
				ls[k].kind, ls[k].reason = kindJunk, ReasonNav
			}
		}
		i = max(j, i+1)
	}
}

var numericLine = regexp.MustCompile(`^[0-9０-９][0-9０-９.,:/%\s\-]*$`)

// markCounters marks bare numbers and timestamps. A run of three or more is a
// counter widget; a lone timestamp is a dateline (meta); any other lone
// number is a counter.
func markCounters(ls []line) {
	for i := 0; i < len(ls); {
		if !numericLine.MatchString(ls[i].text) {
			i++
			continue
		}
		j := i
		for j < len(ls) && numericLine.MatchString(ls[j].text) {
			j++
		}
		for k := i; k < j; k++ {
			reason := ReasonCounter
			if j-i < 3 {
				if _, ok := findDate(ls[k].text); ok {
					reason = ReasonMeta
				}
			}
			ls[k].kind, ls[k].reason, ls[k].hard = kindJunk, reason, reason == ReasonCounter
		}
		i = j
	}
}
