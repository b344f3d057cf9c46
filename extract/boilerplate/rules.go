package boilerplate

import (
	"embed"
	"fmt"
	"regexp"
	"strings"
)

//go:embed rules/*.txt
var ruleFS embed.FS

// ruleLine is one non-comment line of a rule file with its 1-based line number.
type ruleLine struct {
	text string
	line int
}

// readRules returns the non-empty, non-comment lines of rules/name.
// A line whose first non-space character is '#' is a comment.
func readRules(name string) ([]ruleLine, error) {
	data, err := ruleFS.ReadFile("rules/" + name)
	if err != nil {
		return nil, fmt.Errorf("read rule file %s: %w", name, err)
	}
	return splitRules(data), nil
}

// splitRules returns the non-empty, non-comment lines of a rule file.
func splitRules(data []byte) []ruleLine {
	var out []ruleLine
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, ruleLine{text: l, line: i + 1})
	}
	return out
}

// lineRule classifies a whole line: when re matches, the line is junk of kind reason.
// A hard rule also ends the article body when it fires after the body began.
type lineRule struct {
	reason  string
	hard    bool
	noProse bool // the rule does not apply to lines that read as sentences (isSentence)
	maxLen  int  // the rule applies only to lines of at most maxLen runes; 0 = any
	re      *regexp.Regexp
	// literals: a match contains one of these words; nil = unknown.
	literals []string
}

// parseLineRules reads rules/lines.txt. Each line is
//
//	reason[!][~] maxLen regexp
//
// where '!' after the reason marks a hard rule, '~' a rule that skips
// sentence-like lines, and maxLen 0 means any length.
func parseLineRules(name string) ([]lineRule, error) {
	lines, err := readRules(name)
	if err != nil {
		return nil, err
	}
	return compileLineRules(name, lines)
}

// maxLineRules is how many line rules the prefilter can index: classifyOne
// marks candidate rules in an array of this size.
const maxLineRules = 256

// compileLineRules compiles the lines of the rule file name.
func compileLineRules(name string, lines []ruleLine) ([]lineRule, error) {
	if len(lines) > maxLineRules {
		return nil, fmt.Errorf("%s: %d rules, more than the %d the prefilter indexes", name, len(lines), maxLineRules)
	}
	var out []lineRule
	for _, l := range lines {
		f := strings.SplitN(l.text, " ", 3)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want \"reason maxLen regexp\"", name, l.line)
		}
		reason := strings.TrimRight(f[0], "!~")
		flags := f[0][len(reason):]
		r := lineRule{reason: reason, hard: strings.Contains(flags, "!"), noProse: strings.Contains(flags, "~")}
		if _, err := fmt.Sscanf(f[1], "%d", &r.maxLen); err != nil {
			return nil, fmt.Errorf("%s:%d: bad maxLen %q: %w", name, l.line, f[1], err)
		}
		if !validReason(r.reason) {
			return nil, fmt.Errorf("%s:%d: unknown reason %q", name, l.line, r.reason)
		}
		re, err := regexp.Compile(strings.TrimSpace(f[2]))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, l.line, err)
		}
		r.re = re
		r.literals = requiredLiterals(strings.TrimSpace(f[2]))
		out = append(out, r)
	}
	return out, nil
}

// parseWords reads a word list: one item a line.
func parseWords(name string) ([]string, error) {
	lines, err := readRules(name)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.text
	}
	return out, nil
}

func must[T any](v T, err error) T {
	if err != nil {
		panic("boilerplate: " + err.Error())
	}
	return v
}

var (
	lineRules = must(parseLineRules("lines.txt"))
	ruleIndex = buildIndex(lineRules)
	spamWords = must(parseWords("spam.txt"))
	agencies  = must(parseWords("agencies.txt"))
	siteWords = must(parseWords("sites.txt"))
	outlets   = must(parseOutlets("outlets.txt"))
)

// parseOutlets reads "host outlet" lines.
func parseOutlets(name string) (map[string]string, error) {
	lines, err := readRules(name)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, l := range lines {
		f := strings.Fields(l.text)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"host outlet\"", name, l.line)
		}
		out[strings.ToLower(f[0])] = f[1]
	}
	return out, nil
}
