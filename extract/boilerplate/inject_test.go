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

// TestInjectedOwnWording: an article repeats the names and terms its
// headline is made of, at clause starts and in cycles of its own; none of
// that is spinner noise. The spun cases must still be cleaned.
func TestInjectedOwnWording(t *testing.T) {
	tests := []struct {
		name, title string
		body        []string
		spun        bool
	}{
		{
			// 中国地理 and 西南大学地理 are built from headline bigrams and
			// alternate at clause starts, but always read on (学会, 科学学院).
			name:  "organisation names read on the same way",
			title: "2019年中国人文地理学术年会在重庆西南大学成功举行",
			body: []string{
				"本次会议由中国地理学会人文地理专业委员会主办,西南大学地理科学学院承办。",
				"开幕式上,西南大学党委书记致辞,中国地理学会副理事长、西南大学地理科学学院院长先后讲话。",
				"会议期间,中国地理学会人文地理专业委员会召开工作会议,西南大学地理科学学院组织了野外考察。",
			},
		},
		{
			// 北京大学 is made of 北京 and 大学, follows itself in a list of
			// affiliations and reads on differently each time.
			name:  "a name listed again and again",
			title: "北京航空航天大学经济管理学院举办学术研讨会",
			body: []string{
				"评论人:张三(北京大学光华管理学院),李四(北京大学经济学院),王五(北京大学国家发展研究院),赵六(北京大学经济学院)。",
				"报告人:钱七(北京大学光华管理学院),孙八(北京大学政府管理学院),周九(北京大学经济学院)。",
				"主持人:吴十(北京大学国家发展研究院),郑一(北京大学光华管理学院)。",
			},
		},
		{
			// 监察人员 and 依法调查 alternate at clause starts, but 监察人员
			// sits inside clauses more often: a term of the text.
			name:  "a term of the text",
			title: "国家监察委员会调查人员依法履职",
			body: []string{
				"监察人员应当出示证件,依法调查取得的证据可以作为定案根据,由监察人员制作笔录。",
				"监察人员不得泄露案情,依法调查所需的费用由国家保障,对监察人员的违法行为可以申诉。",
				"证人有权核对笔录,经监察人员签名后归档。",
			},
		},
		{
			// 馆将约参 twice lands before a clause opening with 首批, but
			// another clause opens with 首批 bare: it reads on without it.
			name:  "spun page, one fragment followed by the same text twice",
			title: spunTitle,
			body: []string{
				spunP1,
				strings.Replace(spunP2, "馆将约参相关", "馆将约参首批场馆", 1),
				"首批场馆名单将另行公布。",
			},
			spun: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Article{Title: tc.title, Paragraphs: append([]string(nil), tc.body...)}
			removeInjected(&a)
			if tc.spun {
				if len(a.Removed) < 8 {
					t.Errorf("got %d removals, want the cycle cleaned: %v", len(a.Removed), a.Removed)
				}
				for _, p := range a.Paragraphs {
					if strings.Contains(p, "约参") {
						t.Errorf("got %q, want 约参 cut", p)
					}
				}
				return
			}
			for i, p := range tc.body {
				if a.Paragraphs[i] != p {
					t.Errorf("line %d lost text:\n got %q\nwant %q", i, a.Paragraphs[i], p)
				}
			}
		})
	}
}
