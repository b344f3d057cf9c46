package boilerplate

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A prefilter skips line rules that cannot match: most rules need one of a
// few literal words ("责任编辑", "來源", ...), so one scan of the line over an
// index of those words tells which rules are worth running.

// requiredLiterals returns words one of which every match of re contains, or
// nil when no such set is known (then the rule always runs).
func requiredLiterals(re string) []string {
	t, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return nil
	}
	lits, ok := literalsOf(t.Simplify())
	if !ok {
		return nil
	}
	return lits
}

func literalsOf(n *syntax.Regexp) ([]string, bool) {
	switch n.Op {
	case syntax.OpLiteral:
		if n.Flags&syntax.FoldCase != 0 || len(n.Rune) == 0 {
			return nil, false
		}
		return []string{string(n.Rune)}, true
	case syntax.OpCharClass:
		return classLiterals(n.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(n.Sub[0])
	case syntax.OpRepeat:
		if n.Min >= 1 {
			return literalsOf(n.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range n.Sub {
			l, ok := literalsOf(s)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		for _, s := range n.Sub {
			if l, ok := literalsOf(s); ok {
				return l, true
			}
		}
	}
	return nil, false
}

// classLiterals lists the runes of a small character class ([>＞»›→]).
func classLiterals(ranges []rune) ([]string, bool) {
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if len(out) == 10 {
				return nil, false
			}
			out = append(out, string(r))
		}
	}
	return out, len(out) > 0
}

// literalIndex maps the first rune of each required word to the words and
// the rules that need them.
type literalIndex map[rune][]literalRef

type literalRef struct {
	word string
	rule int
}

func buildIndex(rules []lineRule) literalIndex {
	idx := literalIndex{}
	for i := range rules {
		for _, w := range rules[i].literals {
			r, _ := utf8.DecodeRuneInString(w)
			idx[r] = append(idx[r], literalRef{w, i})
		}
	}
	return idx
}

// candidates marks in ok the rules whose required words occur in s.
func (idx literalIndex) candidates(s string, ok []bool) {
	for i, r := range s {
		for _, ref := range idx[r] {
			if !ok[ref.rule] && strings.HasPrefix(s[i:], ref.word) {
				ok[ref.rule] = true
			}
		}
	}
}
