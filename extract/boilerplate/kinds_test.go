package boilerplate

import (
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
)

// Handmade pages, one per kind of junk. Each body paragraph below must be
// kept as it is, and the junk line must be removed with its reason.
const (
	bodyA = "11月5日,杭州市西湖区举行社区养老服务中心揭牌仪式,首批12家服务站同时投入使用。"
	bodyB = "据介绍,这些服务站将为辖区老人提供助餐、助浴、康复理疗等服务,预计每年服务超过3万人次。"
	bodyC = "区民政局负责人表示,下一步将继续扩大服务覆盖面,力争年底前实现街道全覆盖。"
)

func lines(lines ...string) string { return strings.Join(lines, "\n") }

func TestJunkKinds(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		junk   string // removed line, or "" when only the body is checked
		reason string
	}{
		{"breadcrumb colon", lines("您的位置：首页 > 社会 > 正文", bodyA, bodyB), "您的位置：首页 > 社会 > 正文", ReasonBreadcrumb},
		{"breadcrumb site", lines("新民网>新闻中心>社会>正文", bodyA, bodyB), "新民网>新闻中心>社会>正文", ReasonBreadcrumb},
		{"pipe menu", lines("首页|新闻|体育|娱乐|财经|汽车", bodyA, bodyB), "首页|新闻|体育|娱乐|财经|汽车", ReasonNav},
		{"space menu", lines(bodyA, bodyB, "网站首页 新闻中心 图片频道 联系我们"), "网站首页 新闻中心 图片频道 联系我们", ReasonNav},
		{"dateline", lines("2023年11月05日 08:30:12 来源：钱江晚报 浏览：1208", bodyA, bodyB), "2023年11月05日 08:30:12 来源：钱江晚报 浏览：1208", ReasonMeta},
		{"share", lines("分享到：", bodyA, bodyB), "分享到：", ReasonPromo},
		{"follow", lines(bodyA, bodyB, "扫描二维码关注杭州日报微信公众号"), "扫描二维码关注杭州日报微信公众号", ReasonPromo},
		{"app", lines(bodyA, bodyB, "下载浙江新闻客户端，看更多本地资讯"), "下载浙江新闻客户端，看更多本地资讯", ReasonPromo},
		{"editor line", lines(bodyA, bodyB, "（责任编辑：王小明）"), "（责任编辑：王小明）", ReasonEditor},
		{"editor traditional", lines(bodyA, bodyB, "（責任編輯：陳大文）"), "（責任編輯：陳大文）", ReasonEditor},
		{"end mark line", lines(bodyA, bodyB, "【完】"), "【完】", ReasonEndmark},
		{"end mark tail", lines(bodyA, bodyB+"（完）"), "（完）", ReasonEndmark},
		{"disclaimer", lines(bodyA, bodyB, "版权声明：本文为本站原创，转载请注明出处。"), "版权声明：本文为本站原创，转载请注明出处。", ReasonDisclaimer},
		{"disclaimer traditional", lines(bodyA, bodyB, "免責聲明：本文僅供參考，不構成任何建議。"), "免責聲明：本文僅供參考，不構成任何建議。", ReasonDisclaimer},
		{"copyright", lines(bodyA, bodyB, "Copyright © 2023 杭州网 版权所有 浙ICP备12345678号"), "Copyright © 2023 杭州网 版权所有 浙ICP备12345678号", ReasonFooter},
		{"contact", lines(bodyA, bodyB, "联系电话：0571-88886666"), "联系电话：0571-88886666", ReasonFooter},
		{"sitemap", lines(bodyA, bodyB, "sitemap_index.xml sitemap1.xml"), "sitemap_index.xml sitemap1.xml", ReasonFooter},
		{"related header", lines(bodyA, bodyB, "相关阅读", "杭州地铁三号线北段今日开通"), "相关阅读", ReasonRelated},
		{"related item", lines(bodyA, bodyB, "热门推荐", "杭州地铁三号线北段今日开通 市民尝鲜...[详细]"), "杭州地铁三号线北段今日开通 市民尝鲜...[详细]", ReasonRelated},
		{"headline list", lines(bodyA, bodyB, bodyC, "", "西湖音乐节门票开售 2023-11-04 10:12:33", "本届音乐节将于下月在太子湾公园举行，共设三个舞台。"), "本届音乐节将于下月在太子湾公园举行，共设三个舞台。", ReasonRelated},
		{"ticker", lines(bodyA, bodyB, "7X24小时", "11-03 长城汽车 601633 25.10", "11-02 比亚迪 002594 238.5"), "11-02 比亚迪 002594 238.5", ReasonTicker},
		{"spam table", lines(bodyA, bodyB, "| 樱桃直播 | 夜色直播app |", "| 蜜桃视频 | |", "| 火辣直播下载 | 午夜直播 |", "| 成人直播 | |"), "| 蜜桃视频 | |", ReasonSpam},
		{"spam after counters", lines(bodyA, bodyB, "12345", "67", "2023-11-05 10:00", "| 樱桃直播 | 夜色直播app下载 |", "| 蜜桃视频 | |", "| 火辣直播 | 午夜直播 |"), "| 蜜桃视频 | |", ReasonSpam},
		{"menu run", lines("首页", "时政", "国际", "财经", "体育", "娱乐", "科技", bodyA, bodyB), "财经", ReasonNav},
		{"site title", lines("西湖区首批社区养老服务站投用，市民点赞_首页_新闻中心_杭州网", bodyA, bodyB), "西湖区首批社区养老服务站投用，市民点赞_首页_新闻中心_杭州网", ReasonTitleRepeat},
		{"keywords", lines(bodyA, bodyB, "文章关键词：养老 社区"), "文章关键词：养老 社区", ReasonRelated},
		{"comment", lines(bodyA, bodyB, "热门评论10条", "老王今天 23:14:11", "我觉得挺好的，支持！"), "老王今天 23:14:11", ReasonComment},
		{"page numbers", lines(bodyA, bodyB, "第1页 共3页 上一页 1 2 3 下一页"), "第1页 共3页 上一页 1 2 3 下一页", ReasonNav},
		{"share bar", lines(bodyA, bodyB, "分享到：QQ空间 新浪微博 微信"), "分享到：QQ空间 新浪微博 微信", ReasonPromo},
		{"copyright sign", lines(bodyA, bodyB, "© 2024 钱江晚报 保留所有权利"), "© 2024 钱江晚报 保留所有权利", ReasonFooter},
		{"quote table", lines(bodyA, bodyB, "| 代码 | 名称 | 最新价 | 涨跌幅 |", "| 600519 | 贵州茅台 | 1688.00 | +1.25% |"), "| 600519 | 贵州茅台 | 1688.00 | +1.25% |", ReasonTicker},
		{"article source line", lines(bodyA, bodyB, "本文来源：人民网"), "本文来源：人民网", ReasonMeta},
		{"ranking", lines(bodyA, bodyB, "阅读排行榜", "1. 西湖音乐节门票开售(5146)"), "阅读排行榜", ReasonRelated},
		{"opinion disclaimer", lines(bodyA, bodyB, "本文仅代表作者个人观点，不代表本站立场。"), "本文仅代表作者个人观点，不代表本站立场。", ReasonDisclaimer},
		{"counter run", lines(bodyA, bodyB, "12345", "67", "2023-11-05 10:00", "88888", "12"), "88888", ReasonCounter},
		{"byline line", lines(bodyA, bodyB, "本报记者 刘洋 摄"), "本报记者 刘洋 摄", ReasonByline},
		{"byline tail", lines(bodyA, bodyB+" 通讯员 张小红 李明"), "通讯员 张小红 李明", ReasonByline},
		{"outlet byline tail", lines(bodyA, bodyB+" 杭州日报/杭州网记者 周敏 摄影报道"), "杭州日报/杭州网记者 周敏 摄影报道", ReasonByline},
		{"column tag", lines("【新华网 财经观察】"+bodyA, bodyB), "【新华网 财经观察】", ReasonMeta},
		{"source tail", lines(bodyA, bodyB, "（文章来源：钱江晚报）"), "（文章来源：钱江晚报）", ReasonMeta},
		{"back to top", lines(bodyA, bodyB, "返回顶部"), "返回顶部", ReasonNav},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := FromText(tc.in, Options{})
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			a := arts[0]
			if got := strings.Join(a.Paragraphs, "\n"); !strings.Contains(got, bodyA) || !strings.Contains(got, bodyB) {
				t.Errorf("body lost text: got %q", got)
			}
			for _, p := range a.Paragraphs {
				if tc.junk != "" && strings.Contains(p, tc.junk) {
					t.Errorf("junk left in body: %q", p)
				}
			}
			if tc.junk != "" && !hasRemoved(a.Removed, tc.junk, tc.reason) {
				t.Errorf("removed = %v, want {%q %s}", a.Removed, tc.junk, tc.reason)
			}
		})
	}
}

func hasRemoved(rs []extract.Removed, text, reason string) bool {
	for _, r := range rs {
		if r.Text == text && r.Reason == reason {
			return true
		}
	}
	return false
}

// TestKeepsBody checks lines that look a little like junk but are article text.
func TestKeepsBody(t *testing.T) {
	tests := []struct{ name, line string }{
		{"subheading", "打造城市养老新样板"},
		{"sentence with source word", "来源于社区的反馈显示，老人们对助餐服务的满意度超过九成。"},
		{"copyright in prose", "专家指出，网络平台应尊重原创者的版权所有权，不得擅自转载他人作品，否则将承担法律责任。"},
		{"quote with app", "一位老人说：“我不会用手机下载APP，能在服务站直接预约就方便多了。”"},
		{"date in prose", "2023年11月5日上午，首批服务站正式投入使用，现场吸引了众多居民前来体验。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(lines(bodyA, tc.line, bodyB), Options{})[0]
			if !contains(a.Paragraphs, tc.line) {
				t.Errorf("got %q, want %q kept; removed %v", a.Paragraphs, tc.line, a.Removed)
			}
		})
	}
}

// TestShortFlash: a page whose only article text is one short sentence.
func TestShortFlash(t *testing.T) {
	a := FromText(lines("首页 | 财经 | 股票", "沪指午盘收涨", "沪指午盘收涨0.5%，成交放量。", "返回顶部"), Options{})[0]
	if strings.Join(a.Paragraphs, "|") != "沪指午盘收涨0.5%，成交放量。" || a.Title != "沪指午盘收涨" {
		t.Errorf("got title %q body %q", a.Title, a.Paragraphs)
	}
}

func contains(ss []string, s string) bool {
	for _, v := range ss {
		if v == s {
			return true
		}
	}
	return false
}
