package dates

import (
	"fmt"
	"testing"
	"time"
)

var ref = time.Date(2025, 7, 9, 15, 0, 0, 0, time.FixedZone("CST", 8*3600))

func TestExtract(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // text=value
	}{
		{"full", "2025年7月9日电", []string{"2025年7月9日=2025-07-09"}},
		{"iso time", "2023-03-25 13:59:00", []string{"2023-03-25 13:59:00=2023-03-25T13:59:00"}},
		{"zh time", "2024年04月30日 04:57", []string{"2024年04月30日 04:57=2024-04-30T04:57"}},
		{"month day", "7月9日", []string{"7月9日=2025-07-09"}},
		{"bare day", "9日表示", []string{"9日=2025-07-09"}},
		{"bare day previous month", "28日在北京", []string{"28日=2025-06-28"}},
		{"day with evening", "9日晚间", []string{"9日=2025-07-09"}},
		{"same day", "7月7日发布。当日", []string{"7月7日=2025-07-07", "当日=2025-07-07"}},
		{"same day from ref", "当天", []string{"当天=2025-07-09"}},
		{"this year", "今年", []string{"今年=2025"}},
		{"last year", "去年", []string{"去年=2024"}},
		{"this year month", "今年5月", []string{"今年5月=2025-05"}},
		{"half", "上半年", []string{"上半年=2025-01/2025-06"}},
		{"quarter", "一季度", []string{"一季度=2025-01/2025-03"}},
		{"year end", "2024年底", []string{"2024年底=2024-12"}},
		{"year range", "2025-2027", []string{"2025-2027=2025/2027"}},
		{"day range", "7月9日至11日", []string{"7月9日至11日=2025-07-09/2025-07-11"}},
		{"month range", "1-6月", []string{"1-6月=2025-01/2025-06"}},
		{"dash day range", "7月8-10日", []string{"7月8-10日=2025-07-08/2025-07-10"}},
		{"since", "2022年以来", []string{"2022年=2022"}},
		{"year month", "2022年9月", []string{"2022年9月=2022-09"}},
		{"chinese year", "二〇二五年七月九日", []string{"二〇二五年七月九日=2025-07-09"}},
		{"weekday", "上周一", []string{"上周一=2025-06-30"}},
		{"week", "本周", []string{"本周=2025-W28"}},
		{"vague", "近日,日前,目前,近年来,近三年,近3日", nil},
		{"not years", "20余年,2000余家,三年", nil},
		{"invalid", "2月30日", nil},
		{"until now", "2020年至今", []string{"2020年=2020"}},
		{"same day at month precision", "今年5月签订。签订的当天", []string{"今年5月=2025-05", "当天=2025-05"}},
		{"title year", "发布《2022上海产业技术创新发展报告》", []string{"2022=2022"}},
		{"weekday restated", "10月12号，星期一", []string{"10月12号，星期一=2025-10-12"}},
		{"across year end", "8月至2月", []string{"8月至2月=2025-08/2026-02"}},
		{"spoken", "两千零四年八月十五", []string{"两千零四年八月十五=2004-08-15"}},
		{"name not date", "今日头条", nil},
		{"at least days", "至少30日", nil},
		{"age group", "本年龄段儿童", nil},
		{"ahead of year end", "提前年底完成,以上年份", []string{"年底=2025-12"}},
		{"unread year", "六八年底", nil},
		{"weather", "此后天气转晴,提前天数,当前天气", nil},
		{"today weather", "今天气温", []string{"今天=2025-07-09"}},
		{"ago", "3天前,两周前,5年前,2个月前,第3天前", []string{"3天前=2025-07-06", "两周前=2025-06-25", "5年前=2020", "2个月前=2025-05"}},
		{"decade", "上世纪90年代,20世纪80年代,九十年代,20年代", []string{"上世纪90年代=1990/1999", "20世纪80年代=1980/1989", "九十年代=1990/1999", "20年代=2020/2029"}},
		{"next day", "7月7日开幕,次日", []string{"7月7日=2025-07-07", "次日=2025-07-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Extract(tt.in, ref) {
				got = append(got, d.Text+"="+d.Value)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestZeroRef(t *testing.T) {
	var got []string
	for _, d := range Extract("2025年7月9日,7月9日,9日,今年,上半年,当日,2023-03-25,2025-2027", time.Time{}) {
		got = append(got, d.Text+"="+d.Value)
	}
	want := []string{"2025年7月9日=2025-07-09", "2023-03-25=2023-03-25", "2025-2027=2025/2027"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestRuleFileErrors(t *testing.T) {
	if _, err := parseWords("w.txt", "今年 year 0\n明年 decade 1\n"); err == nil || err.Error() != `w.txt:2: want "word kind offset" with a known kind, got "明年 decade 1"` {
		t.Errorf("got %v", err)
	}
	if _, err := parsePeriods("p.txt", "# c\n上半年 6 1\n"); err == nil || err.Error() != `p.txt:2: bad months "6" "1"` {
		t.Errorf("got %v", err)
	}
}

func TestFullWidth(t *testing.T) {
	var got []string
	for _, d := range Extract("２０２５年７月９日，２０２３－０３－２５　１３：５９", ref) {
		got = append(got, d.Text+"="+d.Value)
	}
	want := []string{"２０２５年７月９日=2025-07-09", "２０２３－０３－２５　１３：５９=2023-03-25T13:59"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestConcurrent runs Extract from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	in := "2025年7月9日,9日,当日,今年5月,上半年,7月9日至11日,上周一"
	want := fmt.Sprint(Extract(in, ref))
	done := make(chan string)
	for range 8 {
		go func() { done <- fmt.Sprint(Extract(in, ref)) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Extract = %s, want %s", got, want)
		}
	}
}
