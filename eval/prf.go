package eval

import (
	"unicode"

	"golang.org/x/text/width"
)

// PRF is a precision, recall and F1 triple, each in [0, 1].
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Counts are the true positives, false positives and false negatives of a
// matched field.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FP: c.FP + o.FP, FN: c.FN + o.FN}
}

// PRF returns precision, recall and F1 of c. A ratio whose denominator is zero
// is 1 when nothing was expected and nothing predicted (TP+FP+FN == 0) and 0
// otherwise, so an empty prediction against a non-empty gold scores 0.
func (c Counts) PRF() PRF {
	if c.TP+c.FP+c.FN == 0 {
		return PRF{P: 1, R: 1, F1: 1}
	}
	return NewPRF(ratio(c.TP, c.TP+c.FP), ratio(c.TP, c.TP+c.FN))
}

// NewPRF returns the triple with F1 the harmonic mean of p and r.
func NewPRF(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// BodyScore compares a predicted body with a gold body by character bigrams:
// all whitespace is removed from both, full-width ASCII is folded to
// half-width (as the pipeline folds its body), each becomes the multiset of its
// adjacent rune pairs, and a gold bigram matches at most one predicted one.
// Precision is matched/predicted bigrams, recall matched/gold bigrams. A text
// of a single rune counts as one unigram. Two empty texts score 1.
func BodyScore(pred, gold string) PRF {
	return BigramCounts(pred, gold).PRF()
}

// BigramCounts returns the bigram multiset overlap behind BodyScore: TP is the
// number of shared bigrams, FP the unmatched predicted ones, FN the unmatched
// gold ones.
func BigramCounts(pred, gold string) Counts {
	pb := Bigrams(pred)
	gb := Bigrams(gold)
	if len(pb) == 0 && len(gb) == 0 {
		return Counts{}
	}
	tp := overlap(pb, gb)
	return Counts{TP: tp, FP: len(pb) - tp, FN: len(gb) - tp}
}

// Bigrams returns the character bigrams of s, width-folded and with all
// whitespace removed, in
// order. A text of one rune yields that rune alone; an empty text yields nil.
func Bigrams(s string) []string {
	rs := squeeze(s)
	if len(rs) == 1 {
		return []string{string(rs)}
	}
	if len(rs) < 2 {
		return nil
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}

// overlap is the size of the multiset intersection of a and b.
func overlap(a, b []string) int {
	count := make(map[string]int, len(a))
	for _, x := range a {
		count[x]++
	}
	n := 0
	for _, x := range b {
		if count[x] > 0 {
			count[x]--
			n++
		}
	}
	return n
}

// squeeze returns the runes of s, width-folded, without any whitespace.
func squeeze(s string) []rune {
	out := make([]rune, 0, len(s)/3+1)
	for _, r := range width.Fold.String(s) {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}
