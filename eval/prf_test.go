package eval

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestBodyScore(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold string
		want       PRF
	}{
		{"perfect", "今天天气很好", "今天天气很好", PRF{1, 1, 1}},
		{"whitespace ignored", "今天 天气\n很好", "今天天气很好", PRF{1, 1, 1}},
		{"empty prediction", "", "今天天气很好", PRF{0, 0, 0}},
		{"both empty", " ", "", PRF{1, 1, 1}},
		// pred bigrams: 今天 天天 天气 (3); gold: 今天 天气 气好 (3); shared 2.
		{"partial", "今天天气", "今天气好", PRF{2.0 / 3, 2.0 / 3, 2.0 / 3}},
		// gold has 好好 twice, pred once: multiset overlap counts it once.
		// pred: 好好 (1); gold: 好好 好好 (2).
		{"multiset", "好好", "好好好", PRF{1, 0.5, 2.0 / 3}},
		// pred: 很好 好。 。天 天气 (4) vs gold 很好 (1).
		{"extra junk", "很好。天气", "很好", PRF{0.25, 1, 0.4}},
		{"single rune", "好", "好", PRF{1, 1, 1}},
		{"width folded", "增长１２％", "增长12%", PRF{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BodyScore(tt.pred, tt.gold)
			if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
				t.Errorf("BodyScore(%q, %q) = %+v, want %+v", tt.pred, tt.gold, got, tt.want)
			}
		})
	}
}

func TestCountsPRF(t *testing.T) {
	tests := []struct {
		name string
		in   Counts
		want PRF
	}{
		{"nothing", Counts{}, PRF{1, 1, 1}},
		{"all missed", Counts{FN: 3}, PRF{0, 0, 0}},
		{"all wrong", Counts{FP: 2}, PRF{0, 0, 0}},
		{"mixed", Counts{TP: 3, FP: 1, FN: 3}, PRF{0.75, 0.5, 0.6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in.PRF()
			if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
				t.Errorf("%+v.PRF() = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}
