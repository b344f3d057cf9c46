package boilerplate

import (
	"strings"
	"testing"
)

func TestMetadata(t *testing.T) {
	tests := []struct {
		name                             string
		in                               string
		opt                              Options
		title, published, source, author string
	}{
		{
			name: "header dateline and source",
			in: lines("杭州西湖区社区养老服务中心揭牌", "2023年11月05日 08:30:12 来源：钱江晚报 浏览：1208",
				bodyA, bodyB),
			title: "杭州西湖区社区养老服务中心揭牌", published: "2023-11-05T08:30:12+08:00", source: "钱江晚报",
		},
		{
			name:  "agency lead, year from page",
			in:    lines("新华社北京3月5日电（记者 王晓东 李华）十四届全国人大二次会议5日上午开幕，代表们审议政府工作报告。", bodyB, "热门推荐", "代表委员热议新质生产力 2024年3月5日"),
			title: "", published: "2024-03-05", source: "新华社", author: "王晓东,李华",
		},
		{
			name:      "traditional lead",
			in:        lines("本報香港6月2日電（記者 陳嘉欣）特區政府今日公布新一輪資助計劃，涵蓋安老及康復服務。2024年6月1日起已接受申請。", bodyB),
			published: "2024-06-02", author: "陳嘉欣",
		},
		{
			name:  "hint title suffix and repeat",
			in:    lines("杭州推出夜游西湖新线路", bodyA, bodyB),
			opt:   Options{Title: "杭州推出夜游西湖新线路_新浪网", Published: "2023-11-04 09:00"},
			title: "杭州推出夜游西湖新线路", published: "2023-11-04T09:00+08:00",
		},
		{
			name:  "repeated title wins over menu",
			in:    lines("新闻中心 | 本地新闻", "今日要闻社会民生文化体育", "西湖区首批社区养老服务站投用", "2023-11-05 10:20", bodyA, bodyB, "西湖区首批社区养老服务站投用"),
			title: "西湖区首批社区养老服务站投用", published: "2023-11-05T10:20+08:00",
		},
		{
			name:  "meta fields on one line",
			in:    lines("杭州西湖区社区养老服务中心揭牌", "发布时间：2024-01-02 10:00:00 来源：人民网 作者：张三", bodyA, bodyB),
			title: "杭州西湖区社区养老服务中心揭牌", published: "2024-01-02T10:00:00+08:00", source: "人民网", author: "张三",
		},
		{
			name:   "reporter byline line",
			in:     lines(bodyA, bodyB, "记者 王小明 李华 报道"),
			author: "王小明,李华",
		},
		{
			name:   "source forms",
			in:     lines("转自：新民晚报", bodyA, bodyB),
			source: "新民晚报",
		},
		{
			name:   "byline authors",
			in:     lines("作者：李雷", bodyA, bodyB+" 通讯员 张小红 李明", "文/陈思"),
			author: "李雷,张小红,李明,陈思",
		},
		{
			name:   "benbao xun",
			in:     lines("本报讯（记者 赵强 通讯员 钱程）"+bodyA, bodyB),
			author: "赵强,钱程",
		},
		{
			name:   "benbao from url",
			in:     lines("本报讯（记者 赵强）"+bodyA, bodyB),
			opt:    Options{URL: "https://news.xinmin.cn/2023/11/05/123.html"},
			source: "新民晚报", author: "赵强",
		},
		{
			name:   "benbao from title suffix",
			in:     lines("本报北京11月5日电"+bodyA, bodyB),
			opt:    Options{Title: "某地养老服务站投用-光明网"},
			source: "光明网", published: "",
		},
		{
			name:   "agency after xun",
			in:     lines("新华社讯 "+bodyA, bodyB),
			source: "新华社",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(tc.in, tc.opt)[0]
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title: got %q, want %q", a.Title, tc.title)
			}
			if a.Published != tc.published {
				t.Errorf("published: got %q, want %q", a.Published, tc.published)
			}
			if a.Source != tc.source {
				t.Errorf("source: got %q, want %q", a.Source, tc.source)
			}
			if got := strings.Join(a.Authors, ","); got != tc.author {
				t.Errorf("authors: got %q, want %q", got, tc.author)
			}
		})
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"杭州推出夜游西湖新线路_新浪网", "杭州推出夜游西湖新线路"},
		{"两会代表热议新质生产力-新华网", "两会代表热议新质生产力"},
		{"一文读懂个税新规_网易订阅", "一文读懂个税新规"},
		{"沪指收涨0.5% | 第一财经", "沪指收涨0.5%"},
		{"中国-东盟博览会开幕", "中国-东盟博览会开幕"},
		{"标题_新闻_新浪网", "标题"},
	}
	for _, tc := range tests {
		if got := stripSiteSuffix(tc.in); got != tc.want {
			t.Errorf("stripSiteSuffix(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024年03月29日 15:07:43来源", "2024-03-29T15:07:43+08:00"},
		{"发布时间：2023-3-5", "2023-03-05"},
		{"2022/12/31 23:59", "2022-12-31T23:59+08:00"},
		{"2023年13月01日", ""},
		{"2023-02-28 25:00", "2023-02-28"},
		{"2023-02-30", ""},
	}
	for _, tc := range tests {
		st, ok := findDate(tc.in)
		got := ""
		if ok {
			got = st.iso()
		}
		if got != tc.want {
			t.Errorf("findDate(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBylineNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"通讯员 王晋焱 周琴", "王晋焱,周琴"},
		{"南京晨报/爱南京记者 卢斌 摄影报道", "卢斌"},
		{"（记者 陈静）", "陈静"},
		{"10月4日，旅游专列开往襄阳。 通讯员刘娟 摄", ""},
		{"中新社记者 贾天勇 摄", ""},
		{"摄影：产品经理", ""},
		{"记者 张三 摄影", ""},
		{"文/李四 图/王五", "李四"},
		{"记者 张三 通讯员 李四 摄", "张三"},
		{"（记者陈智 整合）", "陈智"},
		{"记者 王五整理", "王五"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := strings.Join(bylineNames(tc.in), ","); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAgencyFrom(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中新网上海", "中新网"},
		{"据财联社", "财联社"},
		{"本报", "新京报"},
		{"今天", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := agencyFrom(tc.in, "新京报"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
