package web_test

import (
	"errors"
	"io"
	"net/url"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
)

func TestPages(t *testing.T) {
	original := func(rec *pipeline.Record) (io.ReadCloser, error) {
		if rec.ID == "a" {
			return io.NopCloser(strings.NewReader("原始 <b>页面</b>")), nil
		}
		return nil, errors.New("gone")
	}
	srv := web.New(testIndex(t), web.Options{Original: original})
	tests := []struct {
		name, url string
		status    int
		has       []string // substrings the page must contain
		hasNot    []string
	}{
		{"home", "/", 200, []string{`<input id="q" name="q"`, "共 <strong>4</strong> 篇"}, nil},
		{"search", "/?q=新材料", 200, []string{"<mark>新材料</mark>", `href="/doc/a?q=%e6%96%b0%e6%9d%90%e6%96%99"`, `class="timeline"`, "机构"}, nil},
		{"facet link", "/?q=新材料", 200, []string{`href="/?entity=%E5%8D%97%E4%BA%AC%E5%B7%A5%E4%B8%9A%E5%A4%A7%E5%AD%A6&amp;q=`}, nil},
		{"active filter chip", "/?q=新材料&entity=南京工业大学&type=org", 200, []string{`class="chip"`, "机构：南京工业大学", `class="active"`}, nil},
		{"untrusted text escaped", "/?q=新材料", 200,
			[]string{"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;"},
			[]string{"<script>alert", "<img src=x", "<b>src</b>"}},
		{"no results", "/?q=石墨烯烯烯", 200, []string{"共 <strong>0</strong> 篇", "没有找到匹配的文章"}, []string{`class="hits"`}},
		{"past the last page", "/?q=新材料&page=9", 200, []string{"回到第一页", `href="/?q=%E6%96%B0%E6%9D%90%E6%96%99"`}, nil},
		{"bad query", `/?q="新材料`, 400, []string{`class="error"`, "unterminated quote", `value="&#34;新材料"`}, nil},
		{"bad page", "/?page=-1", 400, []string{`class="error"`, `&#34;page&#34;`}, nil},
		{"article", "/doc/a", 200, []string{
			`<span class="sp org" title="机构" data-v="机构">上海市科委</span>`,
			`title="人物 · 上海市科委副主任"`, `<span class="sp figure"`, "= 300,000,000,000 元",
			"<details class=\"removed\">", "责任编辑：张三", `href="/original/a"`, "<p>", "2025-07-09"}, nil},
		{"article marks the query", "/doc/a?q=" + url.QueryEscape(`"新材料 产业" -南京 source:中新网`), 200,
			[]string{"<mark>新材料</mark><mark>产业</mark>", `value="&#34;新材料 产业&#34; -南京 source:中新网"`, `href="/?q=`}, []string{"<mark>中新网</mark>"}},
		{"article escaped", "/doc/x-1", 200, []string{`<span class="sp org" title="机构" data-v="机构">&lt;img src=x</span> onerror=alert(1)&gt;`, "&lt;/mark&gt; &lt;mark&gt;"}, []string{"<img src=x"}},
		{"missing article", "/doc/nope", 404, []string{`class="error"`, "not found"}, nil},
		{"bad id", "/doc/a%3Cb", 400, []string{"bad document id"}, nil},
		{"original", "/original/a", 200, []string{"原始 <b>页面</b>"}, nil},
		{"original gone", "/original/b", 404, []string{"not available"}, nil},
		{"no page", "/nothing/here", 404, []string{"no page at"}, nil},
		{"static", "/static/style.css", 200, []string{"PingFang SC", "Noto Sans CJK SC"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, h, body := get(t, srv, "GET", tt.url)
			if status != tt.status {
				t.Errorf("status %d, want %d", status, tt.status)
			}
			for _, s := range tt.has {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(body, s) {
					t.Errorf("page contains %q", s)
				}
			}
			if h.Get("Content-Security-Policy") == "" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("security headers missing: %v", h)
			}
			if t.Failed() && len(body) < 4000 {
				t.Logf("body: %s", body)
			}
		})
	}
}

func TestStaticTraversal(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	for _, u := range []string{"/static/../web.go", "/static/%2e%2e/web.go", "/static/..%2fweb.go", "/static/templates/doc.html", "/doc/..%2f..%2fweb.go"} {
		status, _, body := get(t, srv, "GET", u)
		if status == 200 || strings.Contains(body, "package web") || strings.Contains(body, "{{") {
			t.Errorf("%s: status %d, body %.80q", u, status, body)
		}
	}
}

func TestOriginalNotServed(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	if status, _, _ := get(t, srv, "GET", "/original/a"); status != 404 {
		t.Errorf("status %d, want 404 without Options.Original", status)
	}
	if _, _, body := get(t, srv, "GET", "/doc/a"); strings.Contains(body, "/original/a") {
		t.Error("article links to an original the server does not serve")
	}
}
