package eval

import (
	"reflect"
	"testing"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

func ptr(s string) *string { return &s }

// fullGold is a labeled article with every field.
func fullGold() Article {
	return Article{
		Doc:         "a.txt",
		Title:       ptr("上海新材料产业将聚力建设创新高地"),
		Published:   ptr("2025-07-09"),
		Source:      ptr("中新网"),
		Authors:     []string{"陈静"},
		Body:        []string{"上海市科委副主任翟金国9日表示,上海将培育5个产业集群。", "本次大会在奉贤区举行。"},
		Boilerplate: []string{"当前位置:首页", "责任编辑:张三"},
		Entities: []Entity{
			{"上海市科委", "org"}, {"翟金国", "person"}, {"上海", "location"}, {"奉贤区", "location"},
		},
		EntitiesAlsoOK: []string{"大会"},
		Figures:        []Figure{{"5个", 5, "个"}},
		Dates:          []Date{{"9日", "2025-07-09"}},
	}
}

// perfectRecord predicts exactly what fullGold labels.
func perfectRecord() pipeline.Record {
	g := fullGold()
	return pipeline.Record{
		Title:     *g.Title,
		Published: "2025-07-09T10:00:00+08:00",
		Source:    *g.Source,
		Authors:   []string{"陈静"},
		Body:      g.BodyText(),
		Entities: []extract.Entity{
			{Text: "上海市科委", Type: "org", Start: 0, End: 5},
			{Text: "翟金国", Type: "person", Start: 9, End: 12},
			{Text: "上海", Type: "location", Start: 17, End: 19},
			{Text: "奉贤区", Type: "location", Start: 36, End: 39},
		},
		Figures: []extract.Figure{{Text: "5个", Value: 5, Unit: "个", Start: 23, End: 25}},
		Dates:   []extract.Date{{Text: "9日", Value: "2025-07-09", Start: 12, End: 14}},
	}
}

func score(gold []Article, recs ...pipeline.Record) *Report {
	pred := map[string][]pipeline.Record{}
	for _, r := range recs {
		pred["a.txt"] = append(pred["a.txt"], r)
	}
	return Score("test", gold, pred)
}

func fieldPRF(t *testing.T, r *Report, name string) (PRF, FieldScore) {
	t.Helper()
	f, ok := r.Field(name)
	if !ok {
		t.Fatalf("field %q missing from report", name)
	}
	if f.P == nil {
		t.Fatalf("field %q not scored", name)
	}
	return PRF{*f.P, *f.R, *f.F1}, f
}

func TestScorePerfect(t *testing.T) {
	r := score([]Article{fullGold()}, perfectRecord())
	for _, f := range r.Fields {
		if f.P == nil || *f.P != 1 || *f.R != 1 || *f.F1 != 1 {
			t.Errorf("%s: got %+v, want 1/1/1", f.Field, f)
		}
	}
	if r.Boilerplate.Leaks != 0 || r.Boilerplate.Samples != 2 {
		t.Errorf("boilerplate: got %+v, want 0 leaks of 2", r.Boilerplate)
	}
	if len(r.Findings) != 0 {
		t.Errorf("got findings %+v, want none", r.Findings)
	}
}

func TestScoreEmpty(t *testing.T) {
	for name, recs := range map[string][]pipeline.Record{
		"no record":    nil,
		"empty record": {{}},
	} {
		t.Run(name, func(t *testing.T) {
			r := score([]Article{fullGold()}, recs...)
			for _, f := range r.Fields {
				if f.Field == FieldBody && len(recs) == 0 {
					if *f.R != 0 || *f.F1 != 0 {
						t.Errorf("body: got %+v, want R=F1=0", f)
					}
					continue
				}
				if f.P == nil || *f.P != 0 || *f.R != 0 || *f.F1 != 0 {
					t.Errorf("%s: got %+v, want 0/0/0", f.Field, f)
				}
			}
			if _, f := fieldPRF(t, r, FieldEntities); f.FN != 4 || f.TP != 0 {
				t.Errorf("entities: got %+v, want 4 FN", f)
			}
		})
	}
}

func TestScorePartial(t *testing.T) {
	rec := perfectRecord()
	rec.Title = "上海新材料产业"
	rec.Authors = []string{"陈静", "中新网"}
	rec.Entities = []extract.Entity{
		{Text: "上海市科委", Type: "org", Start: 0, End: 5},      // TP
		{Text: "翟金国", Type: "org", Start: 9, End: 12},       // FP (wrong type), gold FN
		{Text: "大会", Type: "org", Start: 31, End: 33},       // also ok
		{Text: "奉贤区", Type: "location", Start: 36, End: 39}, // TP
		{Text: "奉贤区", Type: "location", Start: 36, End: 39}, // FP: gold has it once
		{Text: "产业集群", Type: "org", Start: 25, End: 29},     // FP
	}
	rec.Figures = []extract.Figure{{Text: "5个", Value: 5.0000001, Unit: "个"}, {Text: "9", Value: 9, Unit: ""}}
	rec.Dates = nil
	rec.Body = "当前位置:首页\n" + rec.Body
	r := score([]Article{fullGold()}, rec)

	tests := []struct {
		field string
		want  Counts
	}{
		{FieldTitle, Counts{FP: 1, FN: 1}},
		{FieldPublished, Counts{TP: 1}},
		{FieldAuthors, Counts{TP: 1, FP: 1}},
		{FieldEntities, Counts{TP: 2, FP: 2, FN: 2}},
		{"entities.org", Counts{TP: 1, FP: 2}},
		{"entities.person", Counts{FN: 1}},
		{"entities.location", Counts{TP: 1, FN: 1}},
		{FieldFigures, Counts{TP: 1, FP: 1}},
		{FieldDates, Counts{FN: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			got, f := fieldPRF(t, r, tt.field)
			if c := (Counts{f.TP, f.FP, f.FN}); c != tt.want {
				t.Fatalf("got %+v, want %+v", c, tt.want)
			}
			if want := tt.want.PRF(); got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
	ent, _ := fieldPRF(t, r, FieldEntities)
	if !near(ent.P, 0.5) || !near(ent.R, 0.5) || !near(ent.F1, 0.5) {
		t.Errorf("entities: got %+v, want P=R=F1=0.5", ent)
	}
	if r.Boilerplate.Leaks != 1 {
		t.Errorf("leaks: got %d, want 1", r.Boilerplate.Leaks)
	}
	// "当前位置:首页\n" adds 7 predicted bigrams: 当前 前位 位置 置: :首 首页 页上.
	body, f := fieldPRF(t, r, FieldBody)
	if f.FP != 7 || f.FN != 0 || !near(body.R, 1) || !near(body.P, float64(f.TP)/float64(f.TP+7)) {
		t.Errorf("body: got %+v %+v, want 7 FP and recall 1", f, body)
	}
}

func TestScoreTwoArticlesOneDoc(t *testing.T) {
	a := Article{Doc: "a.txt", Body: []string{"第一篇文章讲的是上海的新材料产业。"}, Title: ptr("新材料")}
	b := Article{Doc: "a.txt", Body: []string{"第二篇文章讲的是台北的捷运建设进度。"}, Title: ptr("捷运")}
	recB := pipeline.Record{Title: "捷运", Body: "第二篇文章讲的是台北的捷运建设进度。"}
	recA := pipeline.Record{Title: "新材料", Body: "第一篇文章讲的是上海的新材料产业。"}
	got := PairArticles([]Article{a, b}, []pipeline.Record{recB, recA})
	want := []Pair{{Gold: 0, Record: 1}, {Gold: 1, Record: 0}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("PairArticles: got %+v, want %+v", got, want)
	}
	r := score([]Article{a, b}, recB, recA)
	if p, _ := fieldPRF(t, r, FieldTitle); p != (PRF{1, 1, 1}) {
		t.Errorf("title: got %+v, want 1/1/1", p)
	}
	if p, _ := fieldPRF(t, r, FieldBody); p != (PRF{1, 1, 1}) {
		t.Errorf("body: got %+v, want 1/1/1", p)
	}
}

func TestScoreGluedPage(t *testing.T) {
	// The pipeline failed to split: one record holds both articles.
	a := Article{Doc: "a.txt", Body: []string{"甲乙丙丁"}, Entities: []Entity{{"甲乙", "person"}}}
	b := Article{Doc: "a.txt", Body: []string{"子丑寅卯辰"}, Entities: []Entity{{"子丑", "person"}}}
	rec := pipeline.Record{Body: "子丑寅卯辰甲", Entities: []extract.Entity{{Text: "子丑", Type: "person"}}}
	r := score([]Article{a, b}, rec)
	if r.Paired != 1 {
		t.Fatalf("paired: got %d, want 1", r.Paired)
	}
	if _, f := fieldPRF(t, r, FieldEntities); (Counts{f.TP, f.FP, f.FN}) != (Counts{TP: 1, FN: 1}) {
		t.Errorf("entities: got %+v, want 1 TP 1 FN", f)
	}
	// b pairs with the record: P = 4/5 (子丑 丑寅 寅卯 卯辰 of 5), R = 1;
	// a is unpaired: R = 0 and no precision. P avg 0.8, R avg 0.5.
	body, _ := fieldPRF(t, r, FieldBody)
	if !near(body.P, 0.8) || !near(body.R, 0.5) {
		t.Errorf("body: got %+v, want P=0.8 R=0.5", body)
	}
}

func TestScoreExtraRecord(t *testing.T) {
	g := Article{Doc: "a.txt", Body: []string{"甲乙丙丁"}, Dates: []Date{}}
	r := score([]Article{g},
		pipeline.Record{Body: "甲乙丙丁"},
		pipeline.Record{Body: "广告位招租", Dates: []extract.Date{{Text: "今天", Value: "2025-07-09"}}},
		pipeline.Record{Body: "无关", Entities: []extract.Entity{{Text: "张三", Type: "person"}}})
	if _, f := fieldPRF(t, r, FieldDates); f.FP != 1 || f.Articles != 1 {
		t.Errorf("dates: got %+v, want 1 FP over 1 article", f)
	}
	if f, _ := r.Field(FieldEntities); f.Scored() || f.FP != 0 {
		t.Errorf("entities: got %+v, want unscored (no article labels them)", f)
	}
	body, _ := fieldPRF(t, r, FieldBody)
	if !near(body.P, 1.0/3) || !near(body.R, 1) {
		t.Errorf("body: got %+v, want P=1/3 R=1", body)
	}
}

func TestAbsentFieldsNotScored(t *testing.T) {
	g := Article{Doc: "a.txt", Body: []string{"甲乙丙丁"}}
	r := score([]Article{g}, perfectRecord())
	for _, f := range r.Fields {
		if f.Field == FieldBody {
			continue
		}
		if f.Scored() || f.P != nil || f.TP+f.FP+f.FN != 0 {
			t.Errorf("%s: got %+v, want unscored", f.Field, f)
		}
	}
	if len(r.BelowPrecision(0.99)) != 1 {
		t.Errorf("BelowPrecision: got %v, want only body", r.BelowPrecision(0.99))
	}
}

func TestBelowPrecision(t *testing.T) {
	rec := perfectRecord()
	rec.Entities = append(rec.Entities, extract.Entity{Text: "新材料", Type: "org"})
	rec.Dates = nil // nothing predicted: precision undefined, not gated
	r := score([]Article{fullGold()}, rec)
	if got, want := r.BelowPrecision(0.9), []string{FieldEntities}; !reflect.DeepEqual(got, want) {
		t.Errorf("BelowPrecision(0.9): got %v, want %v", got, want)
	}
	if got := r.BelowPrecision(0.8); got != nil {
		t.Errorf("BelowPrecision(0.8): got %v, want none", got)
	}
}

func TestScoreDedupMentions(t *testing.T) {
	g := Article{Doc: "a.txt", Entities: []Entity{{"上海", "location"}}}
	rec := pipeline.Record{Entities: []extract.Entity{
		{Text: "上海", Type: "location"}, {Text: "北京", Type: "location"},
		{Text: "上海", Type: "location"}, {Text: "北京", Type: "location"},
		{Text: "上海", Type: "org"},
	}}
	r := score([]Article{g}, rec)
	if _, f := fieldPRF(t, r, FieldEntities); (Counts{f.TP, f.FP, f.FN}) != (Counts{TP: 1, FP: 2}) {
		t.Errorf("entities: got %+v, want 1 TP 2 FP (上海/location once, 北京 once, 上海/org)", f)
	}
	var marks []string
	for _, m := range r.docs[0].Marks[0] {
		marks = append(marks, m.Status)
	}
	if want := []string{"tp", "fp", "tp", "fp", "fp"}; !reflect.DeepEqual(marks, want) {
		t.Errorf("marks: got %v, want %v", marks, want)
	}
}

func TestScoreParagraphFindings(t *testing.T) {
	g := Article{Doc: "a.txt", Body: []string{"第一段讲上海的新材料产业发展。", "第二段讲奉贤区的大会。"}}
	rec := pipeline.Record{Body: "第一段讲上海的新材料产业发展。\n相关阅读:热点新闻排行榜"}
	r := score([]Article{g}, rec)
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.Kind+" "+f.Text)
	}
	want := []string{"fn 第二段讲奉贤区的大会。", "fp 相关阅读:热点新闻排行榜"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
