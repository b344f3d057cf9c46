package boilerplate

import (
	"strings"
	"testing"
)

// spun is a handmade content-farm page: the title's bigrams are cut into a
// cycle of fragments (州亚面开, 市民, 馆将约参, 运会全面, 免费) inserted after
// punctuation, twice round.
const (
	spunTitle = "杭州亚运会场馆将全面开放 市民可免费预约参观"
	spunP1    = "记者从杭州市体育局获悉,州亚面开亚运会场馆将于下月起陆续向公众开放。市民据介绍,馆将约参首批开放的场馆包括游泳馆、运会全面体操馆和网球中心,免费市民可通过官方平台提前预约。"
	spunP2    = "州亚面开场馆开放后,市民将举办系列全民健身活动。馆将约参相关负责人表示,运会全面开放时间为每天上午9时至晚上9时,免费节假日将适当延长。"
	cleanP1   = "记者从杭州市体育局获悉,亚运会场馆将于下月起陆续向公众开放。据介绍,首批开放的场馆包括游泳馆、体操馆和网球中心,市民可通过官方平台提前预约。"
	cleanP2   = "场馆开放后,将举办系列全民健身活动。相关负责人表示,开放时间为每天上午9时至晚上9时,节假日将适当延长。"
)

func TestInjectedRemoved(t *testing.T) {
	a := FromText(lines(spunTitle, spunP1, spunP2), Options{})[0]
	want := []string{cleanP1, cleanP2}
	if strings.Join(a.Paragraphs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q,\nwant %q", a.Paragraphs, want)
	}
	n := 0
	for _, r := range a.Removed {
		if r.Reason == ReasonInjected {
			n++
			if !strings.Contains(spunP1+spunP2, r.Text) {
				t.Errorf("removed %q is not page text", r.Text)
			}
		}
	}
	if n < 8 {
		t.Errorf("got %d injected removals, want at least 8: %v", n, a.Removed)
	}
}

// TestInjectedLeadIn: the cycle's first piece, put inside a clause before the
// first strong fragment, is found from the cycle order and its odd joins.
func TestInjectedLeadIn(t *testing.T) {
	p1 := strings.Replace(spunP1, "记者从杭州市体育局获悉", "记者从杭州市免费体育局获悉", 1)
	a := FromText(lines(spunTitle, p1, spunP2), Options{})[0]
	if a.Paragraphs[0] != cleanP1 {
		t.Errorf("got %q, want %q", a.Paragraphs[0], cleanP1)
	}
}

// TestInjectedMidClause: a fragment of the cycle put inside a clause goes too.
func TestInjectedMidClause(t *testing.T) {
	p2 := strings.Replace(spunP2, "全民健身活动", "全民健身馆将约参活动", 1)
	a := FromText(lines(spunTitle, spunP1, p2), Options{})[0]
	if a.Paragraphs[1] != cleanP2 {
		t.Errorf("got %q, want %q", a.Paragraphs[1], cleanP2)
	}
}

// TestInjectedKeepsOrdinaryText: title words at clause starts, even a
// recurring combination of title bigrams, are not spinner noise without a cycle.
func TestInjectedKeepsOrdinaryText(t *testing.T) {
	tests := []struct{ name, title string }{
		{"title words everywhere", "上海发布新能源汽车产业发展政策"},
		{"one recurring combination", "长三角推进科技创新协同发展"},
	}
	body := []string{
		"上海市今天发布新一轮新能源汽车产业政策,新能源汽车企业可获得研发补贴。上海将建设更多充电设施,产业发展环境持续优化。",
		"创新发展是本次政策的重点,科技企业将获得更多支持。创新发展离不开人才,上海将引进更多高层次人才。",
		"新能源汽车销量今年持续增长,产业发展势头良好。发展新能源汽车,上海具有产业链完整的优势。",
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(lines(append([]string{tc.title}, body...)...), Options{})[0]
			if strings.Join(a.Paragraphs, "\n") != strings.Join(body, "\n") {
				t.Errorf("got %q, want the body unchanged", a.Paragraphs)
			}
			for _, r := range a.Removed {
				if r.Reason == ReasonInjected {
					t.Errorf("removed %q as injected", r.Text)
				}
			}
		})
	}
}
