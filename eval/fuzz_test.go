package eval

import (
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add(`{"doc": "a.txt", "title": "标题", "entities": [{"text": "上海", "type": "location"}]}`)
	f.Add("# comment\n\n{\"doc\": \"a\", \"figures\": [{\"text\": \"5个\", \"value\": 5, \"unit\": \"个\"}]}")
	f.Add(`{"doc": "a", "dates": [{"text": "", "value": ""}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		arts, err := Parse(strings.NewReader(in), "f.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, a := range arts {
			if strings.TrimSpace(a.Doc) == "" || a.Line < 1 {
				t.Errorf("accepted article without doc or line: %+v", a)
			}
		}
	})
}

func FuzzBodyScore(f *testing.F) {
	f.Add("今天天气很好", "今天天气不错")
	f.Add("好", "好好")
	f.Add("１２３", "123 ")
	f.Fuzz(func(t *testing.T, pred, gold string) {
		s := BodyScore(pred, gold)
		r := BodyScore(gold, pred)
		for _, v := range []float64{s.P, s.R, s.F1} {
			if v < 0 || v > 1 {
				t.Fatalf("BodyScore(%q, %q) = %+v, out of [0, 1]", pred, gold, s)
			}
		}
		if !near(s.P, r.R) || !near(s.R, r.P) || !near(s.F1, r.F1) {
			t.Errorf("not symmetric: %+v vs %+v", s, r)
		}
	})
}
