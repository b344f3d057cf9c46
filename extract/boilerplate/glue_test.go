package boilerplate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Two handmade articles on unrelated topics, the first with a dateline lead,
// the second opening with "近日,".
var (
	marathon = []string{
		"本报杭州11月6日电(记者 周敏)2023杭州马拉松5日鸣枪开跑,来自国内外的3.6万名跑者从黄龙体育中心出发,沿着西湖、钱塘江一路奔跑,感受城市秋日风光。",
		"本届赛事设置全程马拉松、半程马拉松和健康跑三个项目。全程马拉松男子组冠军由肯尼亚选手以2小时09分的成绩获得,女子组冠军则被埃塞俄比亚选手收入囊中。中国选手在男子组中取得第五名,创造了个人最好成绩。",
		"为保障赛事顺利进行,组委会在沿线设置了42个补给站和18个医疗点,近4000名志愿者参与服务。赛道沿线还安排了乐队和啦啦队为跑者加油鼓劲,许多市民自发来到路边,为选手递上水和能量食品。",
		"组委会相关负责人表示,杭马已连续举办三十余届,今年首次引入芯片计时与实时轨迹查询系统,跑者家属可以通过手机随时查看选手位置。赛后,组委会还将根据跑者反馈,进一步优化赛道设计与补给安排,把杭马打造成为更具影响力的城市名片。",
		"一位来自上海的跑者告诉记者,这是他第三次参加杭马,西湖边的赛道风景优美,沿途观众热情,补给也很充足,明年还会再来。另一位首次参赛的大学生说,跑完全程虽然很累,但冲过终点那一刻非常激动,这段经历会成为大学生活中难忘的回忆。",
		"赛事期间,交通部门对赛道沿线道路实施分时段交通管制,地铁提前一小时运营,并加密发车班次。公安、城管等部门共出动警力和工作人员数千人次,全力保障跑者和市民出行安全。比赛结束后,环卫工人迅速清扫赛道,道路在中午前全部恢复通行。",
	}
	harvest = []string{
		"近日,位于嘉兴市秀洲区的万亩粮食生产功能区迎来晚稻收割季,一台台收割机在金黄的稻田里来回穿梭,田间地头一片繁忙景象。今年当地晚稻种植面积达12万亩,预计平均亩产超过600公斤。",
		"据了解,为提高粮食单产,秀洲区今年大面积推广优质高产水稻品种,并通过无人机植保、测土配方施肥等技术手段降低病虫害损失。农技人员还深入田间,指导农户科学管水、适时收割,确保颗粒归仓。",
		"种粮大户老王承包了八百多亩稻田,他算了一笔账:今年稻谷收购价比去年略有上涨,加上政府发放的种粮补贴,每亩纯收益能达到四百元左右。收割完成后,他打算马上种下油菜,实现一年两熟,进一步提高土地利用率。",
		"当地粮食部门已提前做好收储准备,全区各收储库点共腾出仓容五万吨,并开通绿色通道,方便农户就近交售。烘干中心实行二十四小时运转,解决了农户晒粮难的问题,粮食品质也得到了保障。",
		"秀洲区农业农村局负责人介绍,近年来全区持续推进高标准农田建设,累计建成高标准农田二十多万亩,灌溉排水条件明显改善。下一步,当地将继续加大农机购置补贴力度,推广智能农机装备,培育更多家庭农场和农民专业合作社,让种粮农民有钱赚、得实惠。",
		"在王江泾镇的一处稻田边,几位农户正忙着把刚收下的稻谷装袋过秤。他们说,现在从播种、植保到收割基本实现了机械化,种地比过去轻松多了,一家人管理几百亩田也不觉得吃力。",
	}
)

func TestSplitGluedArticles(t *testing.T) {
	in := strings.Join(marathon, "\n") + "\n" + strings.Join(harvest, "\n")
	arts := FromText(in, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	if got := strings.Join(arts[0].Paragraphs, "\n"); got != strings.Join(marathon, "\n") {
		t.Errorf("article 0: got %q", got)
	}
	if got := strings.Join(arts[1].Paragraphs, "\n"); got != strings.Join(harvest, "\n") {
		t.Errorf("article 1: got %q", got)
	}
	if arts[0].Published != "" || strings.Join(arts[0].Authors, ",") != "周敏" {
		t.Errorf("article 0 meta: published %q authors %q", arts[0].Published, arts[0].Authors)
	}
}

// TestSplitAtHeadline: a headline and a dateline line in the middle of a body
// open a new article even when neither opens with a lead.
func TestSplitAtHeadline(t *testing.T) {
	in := lines(append(append(append([]string{}, marathon[1:]...), "秀洲区万亩晚稻喜获丰收", "2023-11-06 09:30 来源：嘉兴日报"), harvest[1:]...)...)
	arts := FromText(in, Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	a := arts[1]
	if a.Title != "秀洲区万亩晚稻喜获丰收" || a.Published != "2023-11-06T09:30+08:00" || a.Source != "嘉兴日报" {
		t.Errorf("article 1: title %q published %q source %q", a.Title, a.Published, a.Source)
	}
	if got := strings.Join(a.Paragraphs, "\n"); got != strings.Join(harvest[1:], "\n") {
		t.Errorf("article 1 body: got %q", got)
	}
	for _, p := range arts[0].Paragraphs {
		if p == "秀洲区万亩晚稻喜获丰收" {
			t.Errorf("headline of article 1 left in article 0")
		}
	}
}

// TestNoSplitOneStory: a story that goes on with a dated lead about the same
// topic, or whose second part is short, stays one article.
func TestNoSplitOneStory(t *testing.T) {
	more := []string{
		"11月5日上午,杭州马拉松比赛现场秩序井然,跑者们在组委会和志愿者的引导下有序检录、存包、进入起点区域。赛道沿线的补给站为跑者提供饮用水、香蕉和能量胶,医疗点随时待命。",
		"组委会表示,杭州马拉松的跑者报名人数再创新高,明年的赛事将继续优化赛道与补给,提升跑者体验,让更多跑者爱上杭州这座城市。马拉松赛事也将带动酒店、餐饮和旅游消费。",
		"不少跑者表示,杭州马拉松的赛道风景优美,志愿者服务热情周到,赛后还可以在西湖边散步放松,这样的体验让人难忘,希望明年还能再来参加杭州马拉松。",
	}
	tests := []struct {
		name string
		in   []string
	}{
		{"same topic dated lead", append(append([]string{}, marathon...), more...)},
		{"short second part", append(append([]string{}, marathon...), harvest[0])},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := len(FromText(strings.Join(tc.in, "\n"), Options{})); n != 1 {
				t.Errorf("got %d articles, want 1", n)
			}
		})
	}
}

func TestGlueFixtureSizes(t *testing.T) {
	a, b := utf8.RuneCountInString(strings.Join(marathon, "")), utf8.RuneCountInString(strings.Join(harvest, ""))
	if a < weakMinSide || b < weakMinSide {
		t.Fatalf("fixtures too short for a split: %d and %d runes, need %d", a, b, weakMinSide)
	}
}
