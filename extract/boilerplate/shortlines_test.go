package boilerplate

import (
	"testing"
)

// TestShortArticleLines checks short article lines that look like menus,
// promos or related items: spaced chapter heads, code, subheadings, and a
// last paragraph with a home-page link glued to it.
func TestShortArticleLines(t *testing.T) {
	tests := []struct {
		name, in, keep string
		junk, reason   string // removed piece and reason, "" when nothing is
	}{
		{"spaced chapter head", "第一章 总 则", "第一章 总 则", "", ""},
		{"spaced heading", "前 言", "前 言", "", ""},
		{"chapter head with a title", "第二章 监察机关 及其 职责", "第二章 监察机关 及其 职责", "", ""},
		{"code line", "if not data:", "if not data:", "", ""},
		{"code call", "for x in range(10):", "for x in range(10):", "", ""},
		{"subheading ending in an app word", "Evi1m0：去年跨过的客户端", "Evi1m0：去年跨过的客户端", "", ""},
		{"home link on a paragraph", "转型之路，道阻且长。可以预见的是，第三方数据行业的整顿仍将持续下去。返回腾讯网首页>>",
			"转型之路，道阻且长。可以预见的是，第三方数据行业的整顿仍将持续下去。", "返回腾讯网首页>>", ReasonNav},

		{"field list with a slash", "文化/体育、教育和卫生", "文化/体育、教育和卫生", "", ""},
		{"byline of several pen names", "执笔/叨叨姐、胡一刀&李小飞刀", "", "执笔/叨叨姐、胡一刀&李小飞刀", ReasonByline},
		{"space menu", "网站首页 新闻中心 图片频道 联系我们", "", "网站首页 新闻中心 图片频道 联系我们", ReasonNav},
		{"english menu", "Home News Sports About", "", "Home News Sports About", ReasonNav},
		{"app label", "新华社客户端", "", "新华社客户端", ReasonPromo},
		{"related item", "杭州地铁三号线北段今日开通 市民尝鲜...[详细]", "", "杭州地铁三号线北段今日开通 市民尝鲜...[详细]", ReasonRelated},
		{"spaced statement heading", "郑 重 声 明", "", "郑 重 声 明", ReasonDisclaimer},
		{"summary item", "西湖音乐节门票开售。详细>>", "", "西湖音乐节门票开售。详细>>", ReasonRelated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(lines(bodyA, bodyB, tc.in, bodyC), Options{})[0]
			if tc.keep != "" && !contains(a.Paragraphs, tc.keep) {
				t.Errorf("got %q, want %q kept; removed %v", a.Paragraphs, tc.keep, a.Removed)
			}
			if tc.junk != "" && !hasRemoved(a.Removed, tc.junk, tc.reason) {
				t.Errorf("removed = %v, want {%q %s}", a.Removed, tc.junk, tc.reason)
			}
			if !contains(a.Paragraphs, bodyA) || !contains(a.Paragraphs, bodyB) {
				t.Errorf("body lost prose: %q", a.Paragraphs)
			}
		})
	}
}
