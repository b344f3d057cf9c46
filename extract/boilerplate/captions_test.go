package boilerplate

import (
	"strings"
	"testing"
)

// TestCaptionAndFurnitureLines checks the rules for picture captions, photo
// credits, original-title notes and self-media furniture: each junk line
// between two body paragraphs is removed with its reason.
func TestCaptionAndFurnitureLines(t *testing.T) {
	tests := []struct{ name, junk, reason string }{
		{"agency credit in brackets", "2019年10月15日，沈阳，在八一公园晨练的老年人。（视觉中国）", ReasonCaption},
		{"screenshot in brackets", "加拿大大叔Gweilo （视频截图）", ReasonCaption},
		{"photographer in brackets", "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）", ReasonCaption},
		{"bare screenshot", "BBC报道截图", ReasonCaption},
		{"screenshot after caption", "姚明场边支招周琦。视频截图", ReasonCaption},
		{"agency after caption", "共享充电宝。视觉中国 资料", ReasonCaption},
		{"provided by", "“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网", ReasonCaption},
		{"provided by after space", "小花母亲说，女儿的左眼被塞了不止几十块小纸片。 小花母亲供图", ReasonCaption},
		{"reporter photo after caption", "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄", ReasonCaption},
		{"team photo after caption", "雨游黄鹤楼照样开心。城市摄影队 周斌 摄", ReasonCaption},
		{"intern photo after caption", "10月4日，旅游专列开往襄阳。 通讯员刘娟 摄", ReasonCaption},
		{"marked credit line", "▲广州日报全媒体图片记者黎旭阳、李妍摄", ReasonCaption},
		{"picture slash", "图/pixabay", ReasonCaption},
		{"picture is", "图为工人在车间里检修设备。", ReasonCaption},
		{"file photo", "资料图", ReasonCaption},
		{"picture from", "▲图片来自视频截图。", ReasonCaption},
		{"agency photographer in brackets", "9月7日，游客在景区游览。（新华社记者 李贺 摄）", ReasonCaption},
		{"picture source in brackets", "游客在景区游览（图片来源：视觉中国）", ReasonCaption},
		{"figure note", "图：2019年各月销量走势", ReasonCaption},
		{"read the original", "点击“阅读原文”", ReasonPromo},
		{"original title", "（原标题：单项奖金100万美元，“中国诺贝尔奖”揭晓！）", ReasonMeta},
		{"original title of this article", "本文原标题：《定了！广州南沙邮轮母港即将开通！》", ReasonMeta},
		{"originally titled", "（原题为《新年伊始，习近平的重要文章谈了啥？》）", ReasonMeta},
		{"source with a bar", "来源|广州参考、广州南沙发布、羊城晚报", ReasonMeta},
		{"reply menu", "1、回复【公租房】查看最新消息", ReasonPromo},
		{"menu bar", "点击菜单栏【便民服务】解锁更多服务！", ReasonPromo},
		{"like prompt", "看都看完了，点【在看】试试在看", ReasonPromo},
		{"scan the code below", "扫描下方二维码解锁更多技能", ReasonPromo},
		{"qr follow in a sentence", "专注苹果新闻报道，每日推送最新苹果资讯。扫描下方二维码关注苹果汇官方微信(或微信中搜：appleinc2012)。", ReasonPromo},
		{"app welfare", "快来新浪众测，体验各领域最前沿的产品吧~！下载客户端还能获得专享福利哦！", ReasonPromo},
		{"from the web", "信息来源于网络", ReasonDisclaimer},
		{"rearranged by", "经过文刃重新编排", ReasonEditor},
		{"more news at", "相关资讯请关注:逆水寒专区", ReasonRelated},
		{"click for big picture", "（点击看清晰大图）", ReasonNav},
		{"click here", "快点击这里了解一下！", ReasonNav},
		{"video placeholder", "您的浏览器暂时无法播放此视频.", ReasonNav},
		{"replacement characters", "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd", ReasonNav},
		{"emoji", "👇👇👇 ❤️", ReasonNav},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(lines(bodyA, tc.junk, bodyB, bodyC), Options{})[0]
			if got := strings.Join(a.Paragraphs, "\n"); got != lines(bodyA, bodyB, bodyC) {
				t.Errorf("got %q, want the three body paragraphs", a.Paragraphs)
			}
			if !hasRemoved(a.Removed, tc.junk, tc.reason) {
				t.Errorf("removed = %v, want {%q %s}", a.Removed, tc.junk, tc.reason)
			}
		})
	}
}

// TestCaptionRulesKeepProse checks article lines that mention pictures,
// photographers, replies or sources but are not captions or furniture.
func TestCaptionRulesKeepProse(t *testing.T) {
	tests := []struct{ name, line string }{
		{"shooting in a sentence", "比赛结束后，他拿起相机在场边拍摄"},
		{"photographer in prose", "摄影师张伟说，他用了整整三年时间拍摄这组照片，记录下村庄的变化。"},
		{"picture word in prose", "记者从图片上看到，事发路段的护栏已经严重变形。"},
		{"screenshot in prose", "他随后把聊天记录截图发给了民警，民警据此锁定了嫌疑人。"},
		{"provide pictures", "警方表示，目前无法对外提供图片和视频资料。"},
		{"original question", "原题为一道初中数学题，难度并不高。"},
		{"reply in prose", "回复函中，该公司表示将在一个月内完成整改。"},
		{"like in prose", "她说衣服颜色深一点好看，也更耐脏。"},
		{"source in prose", "信息来源于网络平台的举报，警方随即展开调查。"},
		{"qr code in a service note", "市民可扫描二维码关注“杭州发布”，查询各服务站的开放时间。"},
		{"browser in prose", "专家提醒，浏览器弹出的中奖信息不要轻信。"},
		{"byline with photo stays a byline", "本报记者 刘洋 摄"},
		{"subheading", "第一章 总则"},
		{"figure in prose", "图书馆今年新增藏书两万册，读者可以在网上预约借阅。"},
		{"news source in brackets", "这是本届赛事首次在中国举办。（来源：新华社）"},
		{"arrows of a diagram", "↓　　　　　　↓"},
		{"box drawing", "└→"},
		{"file photo over a headline", "资料图：无性婚姻能走多远？"},
		{"byline with an interviewee's photos", "顶端新闻·河南商报记者马俊峰/文受访者供图"},
		{"vision of china in prose", "视觉中国等图片平台近年来多次卷入版权纠纷。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromText(lines(bodyA, tc.line, bodyB, bodyC), Options{})[0]
			for _, r := range a.Removed {
				if r.Text == tc.line && (r.Reason == ReasonCaption || !strings.HasPrefix(tc.name, "byline")) {
					t.Errorf("removed %q as %s", r.Text, r.Reason)
				}
			}
		})
	}
}

// TestLoneCaptions: a photo story whose text is its captions keeps them.
func TestLoneCaptions(t *testing.T) {
	a := FromText(lines("游客在景区游览。（新华社记者 李贺 摄）", "市民在公园里晨练。（视觉中国）"), Options{})[0]
	if len(a.Paragraphs) != 2 {
		t.Errorf("got %q, want both captions kept as the body", a.Paragraphs)
	}
}
