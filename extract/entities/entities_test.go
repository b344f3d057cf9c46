package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/segment"
)

// show renders entities as "type:text" or "type:text/role", space separated.
func show(es []extract.Entity) string {
	var b []string
	for _, e := range es {
		s := e.Type[:3] + ":" + e.Text
		if e.Role != "" {
			s += "/" + e.Role
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

// has reports whether want (space-separated "typ:text[/role]") are all in got.
func hasAll(got []extract.Entity, want string) []string {
	have := map[string]bool{}
	for _, s := range strings.Fields(show(got)) {
		have[s] = true
		if i := strings.Index(s, "/"); i > 0 {
			have[s[:i]] = true
		}
	}
	var missing []string
	for _, w := range strings.Fields(want) {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

type ruleCase struct {
	name string
	in   string
	want string // entities that must be found: "typ:text[/role]"
	not  string // texts that must not be found as any entity
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in, nil)
			if m := hasAll(got, c.want); len(m) > 0 {
				t.Errorf("missing %q\n in %s\ngot %s", m, c.in, show(got))
			}
			for _, n := range strings.Fields(c.not) {
				for _, e := range got {
					if e.Text == n {
						t.Errorf("got %s %q, want no such entity (in %s)", e.Type, n, c.in)
					}
				}
			}
			checkSpans(t, c.in, got)
		})
	}
}

// checkSpans checks offsets, order and non-overlap.
func checkSpans(t *testing.T, text string, es []extract.Entity) {
	t.Helper()
	rs := []rune(text)
	prev := 0
	for _, e := range es {
		if e.Start < prev || e.End <= e.Start || e.End > len(rs) {
			t.Fatalf("bad span %+v after %d", e, prev)
		}
		if string(rs[e.Start:e.End]) != e.Text {
			t.Fatalf("span %d:%d is %q, text says %q", e.Start, e.End, string(rs[e.Start:e.End]), e.Text)
		}
		prev = e.End
	}
}

func TestPersons(t *testing.T) {
	runCases(t, []ruleCase{
		{"title before, org role", "上海市科委副主任翟金国9日表示,产业将加快发展。", "per:翟金国/上海市科委副主任 org:上海市科委", ""},
		{"reporter with space", "中新网北京3月2日电 (记者 陈静)今天天气很好。", "per:陈静/记者 org:中新网 loc:北京", ""},
		{"title after", "中国工程院副院长钟志华院士出席并致辞。", "per:钟志华 org:中国工程院", ""},
		{"president of school", "会上,南京工业大学校长蒋军成介绍说,联盟成立了。", "per:蒋军成/南京工业大学校长 org:南京工业大学", ""},
		{"list of academicians", "南京大学陈懿院士、都有为院士、张全兴院士出席会议。", "per:陈懿 per:都有为 per:张全兴 org:南京大学", ""},
		{"two-char name before verb", "龚正表示,上海要统筹推进传统产业转型升级。", "per:龚正", "龚正表"},
		{"later mention", "副市长李政出席。李政指出,要加快发展。", "per:李政", ""},
		{"role chain", "上海市委副书记、市长龚正表示,要勇争先。", "per:龚正/上海市委副书记、市长 org:上海市委", ""},
		{"byline pair", "中新社兰州7月9日电 (闫姣 田鹏鹤)从兰州街头摊贩说起。", "per:闫姣 per:田鹏鹤 org:中新社 loc:兰州", ""},
		{"trailing credits", "会议圆满结束。通讯员 王晋焱 周琴", "per:王晋焱 per:周琴", ""},
		{"head of state", "国家主席习近平发表新年贺词。", "per:习近平/国家主席", ""},
		{"compound surname", "记者欧阳明高表示,电池安全是关键。", "per:欧阳明高", ""},
		{"middle dot with title", "瑙鲁总统戴维·阿迪昂一行访问广东。", "per:戴维·阿迪昂/总统 loc:瑙鲁 loc:广东", "阿迪昂一行"},
		{"middle dot with latin", "西班牙球员拉明·亚马尔(Lamine Yamal)来到上海。", "per:拉明·亚马尔 loc:西班牙 loc:上海", ""},
		{"common words are not names", "高新区企业表示,全国市场平安稳定,万人参与。", "", "高新 全国 平安 万人 高新区企业"},
		{"foreign leader after country and title", "美国总统拜登当天表示欢迎。", "per:拜登/美国总统 loc:美国", "拜登当"},
		{"known company with legal suffix", "腾讯公司和华为技术有限公司签约。", "org:腾讯公司 org:华为技术有限公司", ""},
		{"function word before name", "会议由张华主持,和李明表示赞同。", "per:张华", "和李明 由张华"},
	})
}

func TestOrgs(t *testing.T) {
	runCases(t, []ruleCase{
		{"left boundary at place", "据悉,推进上海市科委正积极适应变革。", "org:上海市科委", "推进上海市科委"},
		{"party committee", "由中共上海市奉贤区委员会、上海市奉贤区人民政府主办。", "org:中共上海市奉贤区委员会 org:上海市奉贤区人民政府", ""},
		{"institute under academy", "中国科学院上海硅酸盐研究所等4所科研院所参加。", "org:中国科学院上海硅酸盐研究所", ""},
		{"companies", "上海联影医疗科技股份有限公司、海隆石油工业集团有限公司获批。", "org:上海联影医疗科技股份有限公司 org:海隆石油工业集团有限公司", ""},
		{"lead-in before place", "、中铁上海设计院集团有限公司获批。", "org:中铁上海设计院集团有限公司", ""},
		{"abbreviation", "近日,市经信委公示名单。", "org:市经信委", ""},
		{"ministry with conjunction", "工业和信息化部、上海市经济和信息化委员会共同牵头。", "org:工业和信息化部 org:上海市经济和信息化委员会", "信息化委员会"},
		{"universities", "联合清华大学、南京大学、东南大学等高校。", "org:清华大学 org:南京大学 org:东南大学", "联合清华大学"},
		{"media", "文章来源:中国证券报·中证网。南京晨报记者报道。", "org:中国证券报 org:中证网 org:南京晨报", ""},
		{"generic phrases are not orgs", "在沪高校材料学院与多家企业合作,产学研联盟成立。", "loc:沪", "沪高校材料学院 材料学院 产学研联盟 企业"},
		{"downtown is not a center", "他住在上海市中心,常去上海中心。", "", "上海市中心 上海中心"},
		{"bureau and layout", "奉贤区财政局优化产业布局。", "org:奉贤区财政局", "产业布局"},
		{"court", "广西壮族自治区柳州市中级人民法院一审公开宣判。", "org:广西壮族自治区柳州市中级人民法院", ""},
		{"company short names in a list", "集聚重点企业86家,包括采埃孚、佛吉亚、伟巴斯特等全球百强企业。", "org:采埃孚 org:佛吉亚 org:伟巴斯特", "包括采埃孚"},
		{"list of industries is no list of companies", "包括集成电路、生物医药、人工智能等产业。", "", "集成电路 生物医药"},
		{"stop at another org", "柳州市中级人民法院审理新疆维吾尔自治区政协原副主席案。", "org:新疆维吾尔自治区政协", "柳州市中级人民法院审理新疆维吾尔自治区政协"},
	})
}

func TestLocations(t *testing.T) {
	runCases(t, []ruleCase{
		{"dateline", "中新网上海7月9日电 今天", "org:中新网 loc:上海", ""},
		{"joined divisions", "上海市奉贤区副区长李嘉宁指出", "loc:上海市奉贤区 per:李嘉宁/上海市奉贤区副区长", ""},
		{"town", "位于梅陇镇的集群入选。", "loc:梅陇镇", ""},
		{"town short after its full name", "梅陇镇企业众多,为梅陇新能源汽车注入动能。", "loc:梅陇镇 loc:梅陇", ""},
		{"town short alone is no place", "为梅陇新能源汽车注入动能。", "", "梅陇"},
		{"regions and countries", "打造长三角新高地,出口马来西亚砂拉越州。", "loc:长三角 loc:马来西亚砂拉越州", ""},
		{"new area", "南京江北新区组建联盟。", "loc:南京江北新区", ""},
		{"no place inside words", "推进创新和人才培养,建设新平台。", "", "新和 新平 新建"},
		{"province abbreviation only after a verb", "在沪高校很多,沪上风景好。", "loc:沪", "沪上"},
	})
}

func TestTokensHint(t *testing.T) {
	text := "陈静报道"
	toks := []extract.Token{{Text: "陈静", Pos: "nr", Start: 0, End: 6}, {Text: "报道", Pos: "v", Start: 6, End: 12}}
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("bad test token %+v", tk)
		}
	}
	got := Extract("记者"+text, shift(toks, len("记者")))
	if show(got) != "per:陈静/记者" {
		t.Errorf("got %s, want per:陈静/记者", show(got))
	}
	// gse's name tag stands in for a clean left edge before a speech verb.
	text = "会上陈静表示"
	toks = []extract.Token{{Text: "会上", Pos: "t", Start: 0, End: 6}, {Text: "陈静", Pos: "nr", Start: 6, End: 12}, {Text: "表示", Pos: "v", Start: 12, End: 18}}
	if got := Extract(text, toks); show(got) != "per:陈静" {
		t.Errorf("got %s, want per:陈静", show(got))
	}
	if got := Extract(text, nil); len(got) != 0 {
		t.Errorf("without tokens got %s, want nothing", show(got))
	}
	// A short place name that segmentation tags as an adjective is no place.
	text = "幸福安康"
	toks = []extract.Token{{Text: "幸福", Pos: "a", Start: 0, End: 6}, {Text: "安康", Pos: "a", Start: 6, End: 12}}
	if got := Extract(text, toks); len(got) != 0 {
		t.Errorf("got %s, want nothing", show(got))
	}
	// A place that segmentation cuts is no place: 新和 inside 创新/和.
	text = "创新和人才"
	toks = []extract.Token{{Text: "创新", Pos: "v", Start: 0, End: 6}, {Text: "和", Pos: "c", Start: 6, End: 9}, {Text: "人才", Pos: "n", Start: 9, End: 15}}
	if got := Extract(text, toks); len(got) != 0 {
		t.Errorf("got %s, want nothing", show(got))
	}
}

func shift(toks []extract.Token, n int) []extract.Token {
	out := make([]extract.Token, len(toks))
	for i, t := range toks {
		t.Start += n
		t.End += n
		out[i] = t
	}
	return out
}

func TestDataFilesLoad(t *testing.T) {
	l, err := build()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"上海市", "上海", "梅陇镇", "马来西亚", "长三角"} {
		if l.t.lookup([]rune(w))&(fLoc|fLocShort|fTown) == 0 {
			t.Errorf("%s is not a place in the lexicon", w)
		}
	}
	if l.t.lookup([]rune("和平"))&fLocShort != 0 {
		t.Errorf("和平 should not be a short place name")
	}
}

func ExampleExtract() {
	for _, e := range Extract("上海市科委副主任翟金国9日在奉贤区表示。", nil) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(e.Type, " ", e.Text, " ", e.Start, " ", e.End, " ", e.Role)))
	}
	// Output:
	// org 上海市科委 0 5
	// person 翟金国 8 11 上海市科委副主任
	// location 奉贤区 14 17
}

// TestConcurrent runs Extract from many goroutines on the same input; run
// with -race to check that the shared lexicon is only read.
func TestConcurrent(t *testing.T) {
	text := "上海市科委副主任翟金国9日表示,南京大学陈懿院士、都有为院士出席。"
	want := show(Extract(text, nil))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- show(Extract(text, nil)) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}

func TestGivenNameChars(t *testing.T) {
	runCases(t, []ruleCase{
		{"为 in a given name", "院士马大为表示,很荣幸。", "per:马大为", "马大"},
		{"向 in a given name", "记者张向东报道。", "per:张向东", "张向"},
	})
}

// TestTitleAtEnd is a regression test: a title at the very end of the text
// (found on a real page) read past the last rune.
func TestTitleAtEnd(t *testing.T) {
	for _, text := range []string{"记者", "本报记者", "他是一名教授", "上海市科委副主任", "同学"} {
		for _, toks := range [][]extract.Token{nil, segment.Default().Tokens(text)} {
			Extract(text, toks) // must not panic
		}
	}
}
