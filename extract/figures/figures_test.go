package figures

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
)

// show renders a figure compactly for comparison: text=value[..max] unit [~].
func show(f extract.Figure) string {
	s := fmt.Sprintf("%s=%g", f.Text, f.Value)
	if f.Max != nil {
		s += fmt.Sprintf("..%g", *f.Max)
	}
	s += " " + f.Unit
	if f.Approx {
		s += " ~"
	}
	return s
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"approx prefix", "专家超200位", []string{"超200位=200 位 ~"}},
		{"approx inner", "企业2000余家", []string{"2000余家=2000 家 ~"}},
		{"approx suffix", "规模2000亿元左右", []string{"2000亿元左右=2e+11 元 ~"}},
		{"trillion", "生产总值达到4.72万亿元", []string{"4.72万亿元=4.72e+12 元"}},
		{"ten thousand", "产量1800万台", []string{"1800万台=1.8e+07 台"}},
		{"bare multiplier", "用户900万", []string{"900万=9e+06 "}},
		{"separators", "共82,225.00元", []string{"82,225.00元=82225 元"}},
		{"percent", "比重提高到4.4%", []string{"4.4%=4.4 %"}},
		{"points", "提高0.4个百分点", []string{"0.4个百分点=0.4 个百分点"}},
		{"cheng", "占三成", []string{"三成=30 %"}},
		{"counts", "86家企业,20个项目,十九条,六届", []string{"86家=86 家", "20个=20 个", "十九条=19 条", "六届=6 届"}},
		{"decimal count", "专利达到50.2件", []string{"50.2件=50.2 件"}},
		{"people", "超过80万人", []string{"超过80万人=800000 人 ~"}},
		{"temperature", "气温22℃", []string{"22℃=22 ℃"}},
		{"age", "享年94岁", []string{"94岁=94 岁"}},
		{"duration", "深耕20余年", []string{"20余年=20 年 ~"}},
		{"near years", "近三年来", []string{"三年=3 年"}},
		{"range", "投资3至5万元", []string{"3至5万元=30000..50000 元"}},
		{"chinese range", "四五千", []string{"四五千=4000..5000 "}},
		{"groups", "建设3大创新高地,四大主导产业", []string{"3大=3 大", "四大=4 大"}},
		{"ranking", "世界500强", []string{"500强=500 强"}},
		{"per mille", "千分之三", []string{"千分之三=3 ‰"}},
		{"percent words", "百分之五", []string{"百分之五=5 %"}},
		{"km not multiplier", "全长12千米", []string{"12千米=12 千米"}},
		{"negative", "下降负3.9%", []string{"负3.9%=-3.9 %"}},
		{"currency sign", "售价$20", []string{"$20=20 美元"}},
		{"below zero", "零下5℃", []string{"零下5℃=-5 ℃"}},
		{"half", "一吨半", []string{"一吨半=1.5 吨"}},
		{"digit one", "1个", []string{"1个=1 个"}},
		{"rmb", "8亿元人民币", []string{"8亿元人民币=8e+08 元"}},
		{"year", "2025年", nil},
		{"year with yu jia", "2025年有2000余家", []string{"2000余家=2000 家 ~"}},
		{"month date", "2022年9月,7月8-10日", nil},
		{"iso date", "2023-03-25 13:59:00", nil},
		{"ordinal", "第一,第1名", nil},
		{"enumeration", "一是推动,二是壮大", nil},
		{"indefinite", "一个,一批,一种,一场,一系列,一站式,一体化,一手抓,一大批", nil},
		{"idioms", "五位一体,一车一世界,三省一市", nil},
		{"slogans", "3+6产业体系,2+2,4+5", nil},
		{"codes", "电话021-12345678,代码600519,订单A2021号", nil},
		{"5G", "5G基站", nil},
		{"bare arabic", "点击:5434", nil},
		{"year range", "2025-2027", nil},
		{"month range", "1-6月", nil},
		{"two year", "18年10月1日", nil},
		{"time", "下午15:07", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Extract(tt.in) {
				got = append(got, show(f))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	in := "上海,“2023年,生产总值达到4.72万亿元”"
	rs := []rune(in)
	for _, f := range Extract(in) {
		if string(rs[f.Start:f.End]) != f.Text {
			t.Errorf("offsets %d:%d give %q, want %q", f.Start, f.End, string(rs[f.Start:f.End]), f.Text)
		}
	}
}

func TestRuleFileErrors(t *testing.T) {
	if _, err := parseUnits("u.txt", "元 currency\n个 nonsense\n"); err == nil || err.Error() != `u.txt:2: want "unit class [name]" with a known class, got "个 nonsense"` {
		t.Errorf("got %v, want u.txt:2 error", err)
	}
	if _, err := parseMarkers("a.txt", "# c\nprefix 超\nbefore 约\n"); err == nil || err.Error() != `a.txt:3: unknown kind "before"` {
		t.Errorf("got %v, want a.txt:3 error", err)
	}
}

func TestValuesFinite(t *testing.T) {
	for _, f := range Extract("四千五百六十九万八千三百一十一亿元,1,050,000,000元") {
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			t.Errorf("%q has value %v", f.Text, f.Value)
		}
	}
}

func TestGuidelineCases(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"tier", "三级创新网络", []string{"三级=3 级"}},
		{"size class", "两个5千亿级的产业集群,万亿级", []string{"两个=2 个", "5千亿级=5e+11 级", "万亿级=1e+12 级"}},
		{"hundred strong", "全球百强企业", []string{"百强=100 强"}},
		{"rough counts", "近万人参加,上千家企业,数百名,成千上万人", []string{"近万人=10000 人 ~", "上千家=1000 家 ~", "数百名=100 名 ~"}},
		{"hundred odd", "集聚百余位专家,千余家企业", []string{"百余位=100 位 ~", "千余家=1000 家 ~"}},
		{"congress", "党的二十大精神,十九大报告", nil},
		{"no space before measure words", "刑警2010 大圣者", nil},
		{"bare multiplier count", "百万大歌星", nil},
		{"one on one", "1对1辅导", nil},
		{"two digit chinese year", "六八年底", nil},
		{"decades", "喊了几十年", []string{"几十年=10 年 ~"}},
		{"decade is a date", "上世纪90年代", nil},
		{"ago is a date", "5年前,3天前", nil},
		{"decimal noise", "销售收入为2519.3亿元,投资39.66亿元,占0.3成", []string{"2519.3亿元=2.5193e+11 元", "39.66亿元=3.966e+09 元", "0.3成=3 %"}},
		{"basis points", "降息25个基点", []string{"25个基点=25 个基点"}},
		{"adjacent digits", "七八岁小孩,六七个小时", []string{"七八岁=7..8 岁", "六七个小时=6..7 个小时"}},
		{"army", "八十万大军", nil},
		{"twice", "两度做客,气温30度", []string{"30度=30 度"}},
		{"weekday", "周三周四", nil},
		{"grade", "二年级学生", nil},
		{"idioms 2", "五花八门,一度超过,两位数增长,一块纸片", nil},
		{"top five", "跻身前五名", []string{"前五名=5 名"}},
		{"quoted slogan", "一手抓“两个转型”,巩固“3”是", nil},
		{"denominator", "每万人口的发明专利达到50.2件", []string{"50.2件=50.2 件"}},
		{"times", "128家(次)", []string{"128家=128 家"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Extract(tt.in) {
				got = append(got, show(f))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFullWidth(t *testing.T) {
	got := fmt.Sprint(Extract("生产总值达到４．７２万亿元，占比４．４％，共８６家"))
	want := "[{４．７２万亿元 4.72e+12 <nil> 元 false 6 13} {４．４％ 4.4 <nil> % false 16 20} {８６家 86 <nil> 家 false 22 25}]"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestConcurrent runs Extract from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	in := "生产总值达到4.72万亿元,超200位院士,2000余家企业,三成,3至5万元"
	render := func() string {
		var b strings.Builder
		for _, f := range Extract(in) {
			fmt.Fprintf(&b, "%d:%d %s;", f.Start, f.End, show(f))
		}
		return b.String()
	}
	want := render()
	done := make(chan string)
	for range 8 {
		go func() { done <- render() }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Extract = %s, want %s", got, want)
		}
	}
}
