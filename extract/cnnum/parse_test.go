package cnnum

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"二〇二五", 2025, true},
		{"两千", 2000, true},
		{"壹拾", 10, true},
		{"13万2", 132000, true},
		{"4.72万亿", 4.72e12, true},
		{"一百零五", 105, true},
		{"82,225.00", 82225, true},
		{"1,050,000,000", 1050000000, true},
		{"十五", 15, true},
		{"十", 10, true},
		{"百三", 130, true},
		{"一万三", 13000, true},
		{"3万4000", 34000, true},
		{"5亿1万4千6百", 500014600, true},
		{"四万万", 4e8, true},
		{"10万万", 1e9, true},
		{"五兆六十二亿四万五千二", 5006200045200, true},
		{"四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", 4569831148725382, true},
		{"一百零十万", 1100000, true},
		{"七十八万五佰零六", 780506, true},
		{"倆千两百贰拾二", 2222, true},
		{"负三十二", -32, true},
		{"-10000", -10000, true},
		{"两千万点五五四四", 20000000.5544, true},
		{"一千六点五", 1600.5, true},
		{"三分之一", 1.0 / 3, true},
		{"百分之五", 0.05, true},
		{"3又一千分之23", 3.023, true},
		{"负３分之负一百五十七", 157.0 / 3, true},
		{"一 百 五 十 二", 152, true},
		{"40k", 40000, true},
		{"半百", 50, true},
		{"万", 0, false},
		{"万万", 0, false},
		{"千万", 1e7, true},
		{"两两", 0, false},
		{"十百", 0, false},
		{"", 0, false},
		{"1,23", 0, false},
		{"abc", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Parse(tt.in)
			if ok != tt.ok || (ok && math.Abs(got-tt.want) > 1e-9*math.Max(1, math.Abs(tt.want))) {
				t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseRange(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
		ok     bool
	}{
		{"四五千", 4000, 5000, true},
		{"二三十", 20, 30, true},
		{"五四千", 0, 0, false},
		{"四五", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			lo, hi, ok := ParseRange(tt.in)
			if ok != tt.ok || lo != tt.lo || hi != tt.hi {
				t.Errorf("ParseRange(%q) = %v, %v, %v; want %v, %v, %v", tt.in, lo, hi, ok, tt.lo, tt.hi, tt.ok)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"小明有十个手指头", []string{"十"}},
		{"我家在四川", nil},
		{"一切都好", nil},
		{"上海市生产总值达到4.72万亿元", []string{"4.72万亿"}},
		{"超过十余万人", []string{"十余万"}},
		{"订单号A2021072113", nil},
		{"1, 234, 567", []string{"1", "234", "567"}},
		{"二百三十三，五百七十七，一千六点五。", []string{"二百三十三", "五百七十七", "一千六点五"}},
		{"百分之6酒精含量的啤酒", []string{"百分之6"}},
		{"统一部署", nil},
		{"零售额", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, n := range Find(tt.in) {
				got = append(got, n.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestLexiconErrors(t *testing.T) {
	if _, err := parseLexicon("x.txt", "# c\n一切\n一 切\n"); err == nil || err.Error() != `x.txt:3: word "一 切" contains a space` {
		t.Errorf("got %v, want x.txt:3 error", err)
	}
}
