package eval

import (
	"sort"

	"github.com/zhnews/zhnews/pipeline"
)

// Pair links a gold article to the predicted record it is scored against.
// Record is -1 when no record was left for the article.
type Pair struct {
	Gold   int // index into the doc's gold articles
	Record int // index into the doc's records, or -1
}

// PairArticles pairs the gold articles of one document with the records
// predicted from it, one-to-one. Pairs with the best body bigram F1 are taken
// first; articles without a labeled body, or left over, take the remaining
// records in order. The result has one Pair per gold article, in gold order.
func PairArticles(gold []Article, recs []pipeline.Record) []Pair {
	type cand struct {
		g, r int
		f1   float64
	}
	var cands []cand
	for g := range gold {
		if gold[g].Body == nil {
			continue
		}
		gb := gold[g].BodyText()
		for r := range recs {
			if f := BodyScore(recs[r].Body, gb).F1; f > 0 {
				cands = append(cands, cand{g, r, f})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].f1 > cands[j].f1 })

	pairs := make([]Pair, len(gold))
	for i := range pairs {
		pairs[i] = Pair{Gold: i, Record: -1}
	}
	usedRec := make([]bool, len(recs))
	for _, c := range cands {
		if pairs[c.g].Record < 0 && !usedRec[c.r] {
			pairs[c.g].Record = c.r
			usedRec[c.r] = true
		}
	}
	next := 0
	for i := range pairs {
		if pairs[i].Record >= 0 {
			continue
		}
		for next < len(recs) && usedRec[next] {
			next++
		}
		if next == len(recs) {
			break
		}
		pairs[i].Record = next
		usedRec[next] = true
	}
	return pairs
}
