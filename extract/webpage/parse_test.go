package webpage

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// article is body text long and punctuated enough to win over page furniture.
const article = `<p>新华社北京3月29日电，国务院总理今天主持召开国务院常务会议，部署进一步优化营商环境，更大激发市场活力和社会创造力。</p>
<p>会议指出，优化营商环境是激发市场主体活力的关键举措，要坚持问题导向，着力解决企业反映强烈的突出问题。</p>
<p>会议要求，各地区各部门要抓好政策落实，确保各项措施落地见效，让企业和群众有更多获得感。</p>`

var articleParas = []string{
	"新华社北京3月29日电，国务院总理今天主持召开国务院常务会议，部署进一步优化营商环境，更大激发市场活力和社会创造力。",
	"会议指出，优化营商环境是激发市场主体活力的关键举措，要坚持问题导向，着力解决企业反映强烈的突出问题。",
	"会议要求，各地区各部门要抓好政策落实，确保各项措施落地见效，让企业和群众有更多获得感。",
}

func page(head, body string) string {
	return "<html><head>" + head + "</head><body>" + body + "</body></html>"
}

const nav = `<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/sports">体育</a></div>`
const footer = `<div id="footer"><p>版权所有：某某网，未经许可不得转载。</p></div>`

func TestParseBody(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"article between nav and footer", page("", nav+`<div class="content">`+article+`</div>`+footer), articleParas},
		{"comments inside the content container",
			page("", `<div class="main">`+article+`<div class="comments"><p>网友甲：说得好，支持一下，希望早日落实！</p></div></div>`), articleParas},
		{"br lines in a table cell", page("", `<table><tr><td><a href="/">首页</a></td></tr><tr><td>`+
			strings.Join(articleParas, "<br><br>")+`</td></tr></table>`), articleParas},
		{"hidden block dropped", page("", `<div class="content">`+article+
			`<div style="display: none">隐藏的文字，不该出现在正文里，也不该计分。</div></div>`), articleParas},
		{"script and style dropped", page("<style>p{}</style>", `<div><script>var a = "文字，文字。";</script>`+article+`</div>`), articleParas},
		{"related list dropped", page("", `<div class="content">`+article+
			`<ul class="related"><li><a href="/1">相关新闻一，很长的标题文字</a></li><li><a href="/2">相关新闻二，很长的标题</a></li></ul></div>`), articleParas},
		{"edge meta lines trimmed", page("", `<div class="content"><p>2024年03月29日 15:07 来源：新华网</p>`+article+`<p>责任编辑：王五</p></div>`), articleParas},
		{"related heading ends the body", page("", `<div>`+article+`<p>相关报道：</p><p>·春耕时节话农事（2024-03-27）</p><p>·多地出台措施支持春耕（2024-03-26）</p></div>`), articleParas},
		{"heading before prose kept", page("", `<div>`+article+`<p>推荐阅读</p><p>`+articleParas[0]+`</p></div>`),
			append(append([]string{}, articleParas...), "推荐阅读", articleParas[0])},
		{"bullet-only lines and crumbs dropped", page("", `<div><p>今</p><p>日</p>`+article+`<p>·</p><p>| |</p></div>`), articleParas},
		{"article in a right column", page("", `<table><tr><td class="left">`+nav+`</td><td class="right">`+article+`</td></tr></table>`), articleParas},
		{"two twin boxes are not a post list", page("", `<div class="col1"><div class="box"><p>本栏目关注国内外时事新闻，传递群众声音，反映社会热点问题，欢迎广大读者积极投稿，来稿请注明真实姓名和联系方式，我们将择优刊登。</p></div></div><div class="col2"><div class="box">`+article+`</div></div>`), articleParas},
		{"preformatted lines", page("", "<pre>"+strings.Join(articleParas, "\n")+"\n</pre>"), articleParas},
		{"traditional furniture and related heading", page("", `<div><p>發布時間：2024-03-29 來源：中央社</p>`+article+`<p>相關新聞：</p><p>·行政院會議通過預算案</p></div>`), articleParas},
		{"empty page", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Paragraphs) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(p.Paragraphs, tt.want) {
				t.Errorf("got %q, want %q", p.Paragraphs, tt.want)
			}
		})
	}
}

func TestParseRemoved(t *testing.T) {
	p, err := Parse(page("", nav+`<div class="content">`+article+`</div>`+footer))
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, r := range p.Removed {
		reasons[r.Text] = r.Reason
	}
	want := map[string]string{
		"首页 | 新闻 | 体育":       "nav",
		"版权所有：某某网，未经许可不得转载。": "footer",
	}
	for text, reason := range want {
		if reasons[text] != reason {
			t.Errorf("removed %q: got reason %q, want %q (all: %q)", text, reasons[text], reason, p.Removed)
		}
	}
}

func TestParseMeta(t *testing.T) {
	body := `<div class="content">` + article + `</div>`
	tests := []struct {
		name                     string
		in                       string
		title, published, source string
		authors                  []string
	}{
		{"title suffix and meta time",
			page(`<title>国务院部署优化营商环境-新华网</title><meta property="article:published_time" content="2024-03-29T15:07:43+08:00">`, body),
			"国务院部署优化营商环境", "2024-03-29T15:07:43+08:00", "", nil},
		{"h1 matching the title",
			page(`<title>国务院部署优化营商环境_网易订阅</title>`, `<h1>国务院部署优化营商环境</h1>`+body),
			"国务院部署优化营商环境", "", "", nil},
		{"json-ld",
			page(`<title>标题 | 某某网</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-29T07:07:43Z","author":{"name":"张三"}}</script>`, body),
			"标题", "2024-03-29T15:07:43+08:00", "", []string{"张三"}},
		{"visible dateline and byline",
			page(`<title>会议召开</title>`, `<h1>会议召开</h1><div class="info">2024年03月29日 15:07　来源：新华网　作者：李四</div>`+body),
			"会议召开", "2024-03-29T15:07:00+08:00", "新华网", []string{"李四"}},
		{"meta day, visible time",
			page(`<title>会议召开</title><meta name="publishdate" content="2024-03-29">`, `<p class="info">发布时间：2024-03-29 15:07</p>`+body),
			"会议召开", "2024-03-29T15:07:00+08:00", "", nil},
		{"time element, date only",
			page(`<title>会议召开</title>`, `<time datetime="2024-03-29">3月29日</time>`+body),
			"会议召开", "2024-03-29", "", nil},
		{"site-name title, plain headline line",
			page(`<title>网易娱乐</title>`, `<div><a href="/">首页</a></div><div><b>《清洁》：东方式内敛与摇滚现实</b></div>`+body),
			"《清洁》：东方式内敛与摇滚现实", "", "", nil},
		{"angle-bracket site suffix",
			page(`<title>艺术史研究<世纪在线中国艺术网</title>`, body),
			"艺术史研究", "", "", nil},
		{"copyright year ignored",
			page(`<title>会议召开</title>`, body+`<div id="footer">Copyright © 2001-2024 某某网</div>`),
			"会议召开", "", "", nil},
		{"title-classed line drops a space-separated site name",
			page(`<title>国务院部署优化营商环境 东区办事处_中山网</title>`, `<div class="title">国务院部署优化营商环境</div><div>来源于：东区办事处</div>`+body),
			"国务院部署优化营商环境", "", "东区办事处", nil},
		{"space-separated words that are not a site stay",
			page(`<title>国务院召开常务会议 李强主持</title>`, `<div class="title">国务院召开常务会议</div>`+body),
			"国务院召开常务会议 李强主持", "", "", nil},
		{"a person's name before a plain dash stays",
			page(`<title>金锺国 - 维基百科，自由的百科全书</title>`, `<div>维基百科，自由的百科全书</div>`+body),
			"金锺国 - 维基百科，自由的百科全书", "", "", nil},
		{"line above the body drops a site prefix",
			page(`<title>明日股市预测--国务院部署优化营商环境</title>`, `<div>当前位置：主页 &gt; 股市</div><div>国务院部署优化营商环境</div>`+body),
			"国务院部署优化营商环境", "", "", nil},
		{"a channel line above the body is not the headline",
			page(`<title>国务院部署进一步优化营商环境更大激发市场活力 财经要闻</title>`, `<div>财经要闻</div>`+body),
			"国务院部署进一步优化营商环境更大激发市场活力 财经要闻", "", "", nil},
		{"bare outlet in the dateline, visible time over meta time",
			page(`<title>会议召开</title><meta property="article:published_time" content="2024-03-29T18:52:51+08:00">`,
				`<h1>会议召开</h1><div class="date-source">2024年03月29日 15:07 北京日报</div>`+body),
			"会议召开", "2024-03-29T15:07:00+08:00", "北京日报", nil},
		{"same minute keeps the meta seconds",
			page(`<title>会议召开</title><meta property="article:published_time" content="2024-03-29T15:07:43+08:00">`,
				`<h1>会议召开</h1><div class="info">2024年03月29日 15:07</div>`+body),
			"会议召开", "2024-03-29T15:07:43+08:00", "", nil},
		{"update time is not the publish time",
			page(`<title>会议召开</title>`, `<h1>会议召开</h1><div>2024-03-29 09:25:09 来源：观察者网</div><div>最后更新: 2024-03-29 09:27:48</div>`+body),
			"会议召开", "2024-03-29T09:25:09+08:00", "观察者网", nil},
		{"year-less publish label dated by the update meta",
			page(`<title>会议召开</title><meta itemprop="dateUpdate" content="2019-09-30 22:46:13">`,
				`<h1>会议召开</h1><div class="author-name">某某号</div><div>发布时间：09-3022:46</div>`+body),
			"会议召开", "2019-09-30T22:46:00+08:00", "", nil},
		{"outlet on the line above the dateline, channel menu item ignored",
			page(`<title>会议召开</title>`, `<div class="nav"><a href="/a">时政新闻</a></div><h1>会议召开</h1><div>石佳/中国青年报</div><div>2024-03-29 09:10 时政新闻</div>`+body),
			"会议召开", "2024-03-29T09:10:00+08:00", "中国青年报", []string{"石佳"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.title {
				t.Errorf("title: got %q, want %q", p.Title, tt.title)
			}
			if p.Published != tt.published {
				t.Errorf("published: got %q, want %q", p.Published, tt.published)
			}
			if p.Source != tt.source {
				t.Errorf("source: got %q, want %q", p.Source, tt.source)
			}
			if !reflect.DeepEqual(p.Authors, tt.authors) {
				t.Errorf("authors: got %q, want %q", p.Authors, tt.authors)
			}
		})
	}
}

func TestStripSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"国务院部署优化营商环境-新华网", "国务院部署优化营商环境"},
		{"标题_网易订阅", "标题"},
		{"标题 | 某某网", "标题"},
		{"标题_财经频道_新浪网", "标题"},
		{"书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来", "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来"},
		{"没有后缀的标题", "没有后缀的标题"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := stripSuffix(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDeep(t *testing.T) {
	tests := []struct{ name, in string }{
		{"10000 nested divs", strings.Repeat("<div>", 10000) + "正文，内容。" + strings.Repeat("</div>", 10000)},
		{"10000 unclosed b", strings.Repeat("<b>", 10000) + "正文，内容。"},
		{"nested tables", strings.Repeat("<table><tr><td>", 3000) + "正文，内容。"},
		{"5 MB one line", "<p>" + strings.Repeat("新闻正文，内容。", 5<<20/24) + "</p>"},
	}
	many := "<div>" + strings.Repeat("<p>新闻正文，内容。</p>", 200000) + "</div>"
	t.Run("200000 sibling paragraphs", func(t *testing.T) {
		p, err := Parse(many)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Paragraphs) != 200000 {
			t.Errorf("got %d paragraphs, want 200000", len(p.Paragraphs))
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Paragraphs) != 1 || !strings.HasPrefix(p.Paragraphs[0], "正文，内容。") && !strings.HasPrefix(p.Paragraphs[0], "新闻正文") {
				t.Errorf("got %d paragraphs, want the one text", len(p.Paragraphs))
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(page("<title>a-b</title>", nav+article+footer))
	f.Add(`<a href=x><div><table><tr><td>文字，<br>文字。</td></tr></table></div>`)
	f.Add(`<script type="application/ld+json">{"author":[{"name":"x"}],"@graph":[{"datePublished":"2024-01-01"}]}</script>`)
	f.Add(strings.Repeat("<div>", 600) + "文字")
	f.Fuzz(func(t *testing.T, in string) {
		var p *Page
		var err error
		done := make(chan bool)
		go func() { p, err = Parse(in); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Parse did not return in 5 s on %q", in)
		}
		if err != nil {
			return
		}
		for _, s := range p.Paragraphs {
			if strings.TrimSpace(s) == "" {
				t.Errorf("empty paragraph in %q", p.Paragraphs)
			}
		}
	})
}

func TestParseConcurrent(t *testing.T) {
	in := page("<title>标题-某某网</title>", nav+`<div class="content">`+article+`</div>`+footer)
	done := make(chan []string)
	for range 8 {
		go func() {
			p, err := Parse(in)
			if err != nil {
				done <- nil
				return
			}
			done <- p.Paragraphs
		}()
	}
	for range 8 {
		if got := <-done; !reflect.DeepEqual(got, articleParas) {
			t.Errorf("got %q, want %q", got, articleParas)
		}
	}
}

// TestHeadlineInBody checks the headline at the top of the body: a heading
// followed by a dateline goes, and so does the title with a badge before
// it; other headings and lead paragraphs stay.
func TestHeadlineInBody(t *testing.T) {
	tests := []struct {
		name, head, top string
		gone            bool
	}{
		{"heading over a dateline", "", `<h5>学术年会在重庆成功举行！</h5><div class="ly">发布时间：2019-05-18 来源：中国地理学会</div>`, true},
		{"badged title", "<title>最不愁吃肉的国家：顿顿有肉吃</title>", `<h2 class="title"><span>原创</span> 最不愁吃肉的国家：顿顿有肉吃</h2>`, true},
		{"heading over prose", "", `<h5>学术年会在重庆成功举行</h5>`, false},
		{"sentence ending with the title", "<title>顿顿有肉吃</title>", `<p>记者走访发现，当地人顿顿有肉吃</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(page(tt.head, `<div class="content">`+tt.top+article+`</div>`))
			if err != nil {
				t.Fatal(err)
			}
			first := ""
			if len(p.Paragraphs) > 0 {
				first = p.Paragraphs[0]
			}
			if gone := first == articleParas[0]; gone != tt.gone {
				t.Errorf("got body %q, want the top line gone: %v", p.Paragraphs, tt.gone)
			}
		})
	}
}
