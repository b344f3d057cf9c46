package boilerplate

import (
	"strings"
	"testing"
)

func TestRuleFileErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fields", "# comment\nnav ^x", "x.txt:2: want"},
		{"maxLen", "nav x ^a", "x.txt:1: bad maxLen"},
		{"reason", "\n\nnope 10 ^a", "x.txt:3: unknown reason \"nope\""},
		{"regexp", "nav 10 ^(a", "x.txt:1: error parsing regexp"},
		{"too many", strings.Repeat("nav 10 ^a\n", maxLineRules+1), "x.txt: 257 rules"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := compileLineRules("x.txt", splitRules([]byte(tc.in)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestRuleFlags(t *testing.T) {
	rs, err := compileLineRules("x.txt", splitRules([]byte("promo!~ 24 (扫码|关注).{0,4}微信\nnav 0 ^x")))
	if err != nil {
		t.Fatal(err)
	}
	if !rs[0].hard || !rs[0].noProse || rs[0].reason != ReasonPromo || rs[1].hard || rs[1].noProse {
		t.Errorf("flags: got %+v", rs)
	}
	if got := strings.Join(rs[0].literals, ","); got != "扫码,关注" {
		t.Errorf("literals: got %q, want %q", got, "扫码,关注")
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct{ re, want string }{
		{`^(当前位置|您的位置)\s*[:：]`, "当前位置,您的位置"},
		{`^[^。]{1,16}(\s*[>»]\s*\S{1,24}){2,}$`, ">,»"},
		{`^\d+$`, "0,1,2,3,4,5,6,7,8,9"},
		{`^\s*\p{Han}+$`, ""},
		{`(?i)sitemap`, ""},
	}
	for _, tc := range tests {
		if got := strings.Join(requiredLiterals(tc.re), ","); got != tc.want {
			t.Errorf("requiredLiterals(%q): got %q, want %q", tc.re, got, tc.want)
		}
	}
}

// TestEmbeddedRules checks every shipped rule compiles and has a known reason.
func TestEmbeddedRules(t *testing.T) {
	if len(lineRules) < 30 || len(spamWords) == 0 || len(agencies) == 0 || len(siteWords) == 0 {
		t.Fatalf("rule files look empty: %d rules", len(lineRules))
	}
}
