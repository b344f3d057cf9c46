package webpage

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed rules/*.txt
var ruleFiles embed.FS

// hint is one class/id word from rules/hints.txt.
type hint struct {
	word   string
	whole  bool // must equal a whole token
	reason string
}

var (
	hints     = mustHints("rules/hints.txt")
	metaWords = mustLines("rules/metalines.txt")
	suffixes  = mustLines("rules/suffixes.txt")
	related   = mustSet("rules/related.txt")
	nonNames  = mustSet("rules/nonnames.txt")
	// nonSources are 来源 values that name no outlet.
	nonSources = mustSet("rules/nonsources.txt")
	// outletEnds are endings of a bare outlet name in a dateline.
	outletEnds = mustLines("rules/outletends.txt")
	// updateWords mark a dateline as an update time.
	updateWords = mustLines("rules/updatewords.txt")
	// surnames are common surnames, for bare names closing an article.
	surnames = mustRunes("rules/surnames.txt")
)

// readLines returns the non-comment lines of an embedded rule file with their
// line numbers.
func readLines(name string) ([]string, []int, error) {
	data, err := ruleFiles.ReadFile(name)
	if err != nil {
		return nil, nil, fmt.Errorf("read rules: %w", err)
	}
	lines, nums := splitRules(string(data))
	return lines, nums, nil
}

// splitRules returns the trimmed lines of a rule file that are neither blank
// nor comments, with their 1-based line numbers.
func splitRules(data string) ([]string, []int) {
	var lines []string
	var nums []int
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
		nums = append(nums, n)
	}
	return lines, nums
}

func mustLines(name string) []string {
	lines, _, err := readLines(name)
	if err != nil {
		panic(err)
	}
	return lines
}

func mustSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, l := range mustLines(name) {
		m[l] = true
	}
	return m
}

// mustRunes reads a rule file of single characters, several a line.
func mustRunes(name string) map[rune]bool {
	m := map[rune]bool{}
	for _, l := range mustLines(name) {
		for _, f := range strings.Fields(l) {
			r := []rune(f)
			if len(r) != 1 {
				panic(fmt.Sprintf("%s: want one character, got %q", name, f))
			}
			m[r[0]] = true
		}
	}
	return m
}

// parseHints reads WORD REASON lines from an embedded rule file.
func parseHints(name string) ([]hint, error) {
	data, err := ruleFiles.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	return hintsFrom(name, string(data))
}

// hintsFrom parses WORD REASON lines; an error names the file and line.
func hintsFrom(name, data string) ([]hint, error) {
	lines, nums := splitRules(data)
	out := make([]hint, 0, len(lines))
	for i, line := range lines {
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want WORD REASON, got %q", name, nums[i], line)
		}
		out = append(out, newHint(f[0], f[1]))
	}
	return out, nil
}

// newHint makes the hint for a rule word: "=word" must equal a whole token.
func newHint(word, reason string) hint {
	h := hint{word: strings.ToLower(word), reason: reason}
	if strings.HasPrefix(h.word, "=") {
		h.word, h.whole = h.word[1:], true
	}
	return h
}

func mustHints(name string) []hint {
	h, err := parseHints(name)
	if err != nil {
		panic(err)
	}
	return h
}

// classify returns the reason the class and id attributes suggest, or "".
func classify(classID string) string {
	return matchHints(hints, classID)
}

// matchHints returns the reason of the first of hs that the class and id
// attributes match, or "".
func matchHints(hs []hint, classID string) string {
	if strings.TrimSpace(classID) == "" {
		return ""
	}
	s := strings.ToLower(classID)
	tokens := strings.FieldsFunc(s, classSep)
	for _, h := range hs {
		if h.whole {
			for _, t := range tokens {
				if t == h.word {
					return h.reason
				}
			}
		} else if strings.Contains(s, h.word) {
			return h.reason
		}
	}
	return ""
}

// classSep splits class and id values into tokens.
func classSep(r rune) bool {
	return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
}
