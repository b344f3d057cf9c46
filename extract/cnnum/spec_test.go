package cnnum

import (
	"github.com/zhnews/zhnews/internal/shared"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

type rtCase struct {
	Input   string
	Results []struct {
		Text       string
		Start      int
		Resolution map[string]any
	}
	NotSupported string
}

// numberSkip gives the reason a NumberModel case is out of scope, or "".
func numberSkip(c rtCase) string {
	in := c.Input
	switch {
	case strings.Contains(strings.ToLower(c.NotSupported), "dotnet"):
		return "the reference implementation (dotnet) fails it too"
	case strings.ContainsAny(in, "^") || strings.ContainsAny(strings.ToLower(in), "e") && strings.ContainsAny(in, "0123456789") && !strings.ContainsAny(in, "年月日"):
		return "scientific and power notation (2e5, 2^5) is not written in Chinese news"
	case strings.Contains(in, "打"):
		return "dozens (一打) are not news quantities"
	case strings.Contains(in, "/") || strings.Contains(in, "／"):
		return "slash fractions (1 4/3) read as dates or ratios in news"
	}
	return ""
}

// TestRecognizersNumberModel runs the Recognizers-Text Chinese NumberModel
// spec through Find: every expected number must be found at its start with
// its value, and nothing else.
func TestRecognizersNumberModel(t *testing.T) {
	var cases []rtCase
	shared.ReadJSON(t, filepath.Join(shared.Dir(t), "peer", "recognizers_text_zh", "Number_NumberModel.json"), &cases)
	var c shared.Tally
	for _, k := range cases {
		if r := numberSkip(k); r != "" {
			c.Skip(r)
			continue
		}
		got := Find(k.Input)
		ok := len(got) == len(k.Results)
		for i := 0; ok && i < len(got); i++ {
			want, err := strconv.ParseFloat(k.Results[i].Resolution["value"].(string), 64)
			ok = err == nil && got[i].Start == k.Results[i].Start && near(got[i].Value, want)
		}
		c.Check(ok, k.Input, describe(got))
	}
	c.Report(t, "Number_NumberModel.json", 0.90)
}

func describe(ns []Number) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(n.Text + "@" + strconv.Itoa(n.Start) + "=" + strconv.FormatFloat(n.Value, 'g', -1, 64) + " ")
	}
	return b.String()
}

type cn2anFile struct {
	Cn2an []struct {
		Input    string
		Mode     string
		Expected any
		Err      string `json:"expected_error"`
	}
	Transform []struct {
		Input, Method, Expected string
		Direct                  bool
	}
}

// TestCn2an runs cn2an's numeral cases through Parse. cn2an's strict mode
// rejects colloquial forms that Parse deliberately accepts (news writes
// 三万五), so a strict error case counts only when no other mode accepts
// the same input.
func TestCn2an(t *testing.T) {
	var f cn2anFile
	shared.ReadJSON(t, filepath.Join(shared.Dir(t), "peer", "cn2an_tests.json"), &f)
	valid := map[string]bool{}
	for _, k := range f.Cn2an {
		if k.Err == "" {
			valid[k.Input] = true
		}
	}
	var c shared.Tally
	for _, k := range f.Cn2an {
		switch {
		case k.Err != "" && valid[k.Input]:
			c.Skip("strict-mode rejection of a form other modes accept (Parse reads news, which is not strict)")
		case strings.ContainsAny(k.Input, "元圆角整"):
			c.Skip("amounts in 元角分 are figures (package figures), not bare numerals")
		case k.Err != "":
			v, ok := Parse(k.Input)
			c.Check(!ok, k.Input, strconv.FormatFloat(v, 'g', -1, 64))
		default:
			want, _ := strconv.ParseFloat(toString(k.Expected), 64)
			v, ok := Parse(k.Input)
			c.Check(ok && near(v, want), k.Input, strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
	c.Report(t, "cn2an_tests.json cn2an", 0.90)

	var tr shared.Tally
	for _, k := range f.Transform {
		switch {
		case k.Method != "cn2an":
			tr.Skip("an2cn writes Chinese numerals; zhnews only reads them")
		case k.Direct:
			tr.Skip("digit-by-digit copying (零零三 -> 003) keeps leading zeros, which a value cannot")
		case strings.ContainsAny(k.Expected, "%/℃"):
			tr.Skip("notation rewrites (百分之→%, 分之→/, 摄氏度→℃) are cn2an output style, not values")
		default:
			got := rewrite(k.Input)
			tr.Check(got == k.Expected, k.Input, got)
		}
	}
	tr.Report(t, "cn2an_tests.json transform", 0.80)
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return ""
}

// rewrite replaces each numeral Find reports by its Arabic value.
func rewrite(s string) string {
	rs := []rune(s)
	var b strings.Builder
	last := 0
	for _, n := range Find(s) {
		b.WriteString(string(rs[last:n.Start]))
		b.WriteString(strconv.FormatFloat(n.Value, 'f', -1, 64))
		last = n.End
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}
