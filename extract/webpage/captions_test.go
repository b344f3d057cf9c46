package webpage

import (
	"strings"
	"testing"
)

// TestCaptions checks that a line right after a picture leaves the body as
// a caption when it looks like one, and stays when it is prose or a heading.
func TestCaptions(t *testing.T) {
	const img = `<p><img src="/a.jpg" width="600" height="400"></p>`
	tests := []struct {
		name    string
		between string // markup set between the first and second paragraphs
		line    string // the text under test
		caption bool
	}{
		{"credit in a caption class", `<div class="img_wrapper"><img src="/a.jpg"><span class="img_descr">加拿大大叔Gweilo （视频截图）</span></div>`, "加拿大大叔Gweilo （视频截图）", true},
		{"figcaption", `<figure><img src="/a.jpg"><figcaption>市民在公园里晨练，这里每天都很热闹</figcaption></figure>`, "市民在公园里晨练，这里每天都很热闹", true},
		{"centered label", img + `<p style="text-align: center;"><span>大会开幕式</span></p>`, "大会开幕式", true},
		{"center tag label", img + `<center>华坚鞋业生产车间</center>`, "华坚鞋业生产车间", true},
		{"text in the picture's paragraph", `<p class="f_center"><img src="/a.jpg">运营商某次活动上展示的5G芯片</p>`, "运营商某次活动上展示的5G芯片", true},
		{"bare label sentence", img + `<p>冰洞。</p>`, "冰洞。", true},
		{"marked caption", `<div><img src="/a.jpg"></div>▲气宇非凡的航站楼建筑造型灵感来源于飞跃而起的鲸鱼。<br>`, "▲气宇非凡的航站楼建筑造型灵感来源于飞跃而起的鲸鱼。", true},
		{"photographer", img + `<p>雨游黄鹤楼照样开心。城市摄影队 周斌 摄</p>`, "雨游黄鹤楼照样开心。城市摄影队 周斌 摄", true},
		{"screenshot note", img + `<p>英国《泰晤士报》网站题为《蓬勃发展的武汉再次充满欢声笑语》的报道截图。</p>`, "英国《泰晤士报》网站题为《蓬勃发展的武汉再次充满欢声笑语》的报道截图。", true},
		{"picture credit note", img + `<p>纸片。本文图片除特别标注外，均为本报记者 图</p>`, "纸片。本文图片除特别标注外，均为本报记者 图", true},
		{"source after the caption", img + `<p>马拉加已经陆续修建了400多座“老年人运动场”。（BBC）</p>`, "马拉加已经陆续修建了400多座“老年人运动场”。（BBC）", true},
		{"credit then a centered label", img + `<section style="text-align:center">摄影：产品经理</section><section style="text-align:center">产品经理的生日餐</section>`, "产品经理的生日餐", true},

		{"prose after a picture", img + `<p>` + articleParas[1] + `</p>`, articleParas[1], false},
		{"short sentence with a clause", img + `<p>9月9日，开学已满一周，小温还没能去报到。</p>`, "9月9日，开学已满一周，小温还没能去报到。", false},
		{"bold heading after a picture", img + `<p style="text-align:center"><strong>快速赶到现场 排查可疑线索</strong></p>`, "快速赶到现场 排查可疑线索", false},
		{"numbered heading after a picture", img + `<p align="center">一、活动背景</p>`, "一、活动背景", false},
		{"centered verse after a picture", img + `<p align="center">我不要你觉得，我就要我觉得。横批：明言明语</p>`, "我不要你觉得，我就要我觉得。横批：明言明语", false},
		{"label after an icon", `<p><img src="/i.gif" width="16" height="16"></p><p>冰洞。</p>`, "冰洞。", false},
		{"label after a divider", `<div><img src="/d.gif" height="12" width="114"></div><p>冰洞。</p>`, "冰洞。", false},
		{"label with no picture", `<p align="center">华坚鞋业生产车间</p>`, "华坚鞋业生产车间", false},
		{"credit words without a picture", `<p>雨游黄鹤楼照样开心。城市摄影队 周斌 摄</p>`, "", false},
		{"end mark after a picture", img + `<p>该项目预计年底完工。（完）</p>`, "该项目预计年底完工。（完）", false},
		{"reporter in brackets after a picture", img + `<p>该项目预计年底完工。（记者 张三）</p>`, "该项目预计年底完工。（记者 张三）", false},
		{"date in brackets after a picture", img + `<p>此条目需要修正。 (2020年4月17日)</p>`, "此条目需要修正。 (2020年4月17日)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := page("", `<div class="content"><p>`+articleParas[0]+`</p>`+tt.between+`<p>`+articleParas[1]+`</p><p>`+articleParas[2]+`</p></div>`)
			p, err := Parse(in)
			if err != nil {
				t.Fatal(err)
			}
			if tt.line == "" {
				return
			}
			removed := false
			for _, r := range p.Removed {
				if r.Text == tt.line && r.Reason == "caption" {
					removed = true
				}
			}
			if inBody := contains(p.Paragraphs, tt.line); removed != tt.caption || inBody == tt.caption {
				t.Errorf("caption %v: got body %q, removed %v", tt.caption, p.Paragraphs, p.Removed)
			}
			if !contains(p.Paragraphs, articleParas[0]) || !contains(p.Paragraphs, articleParas[2]) {
				t.Errorf("body lost prose: %q", p.Paragraphs)
			}
		})
	}
}

// TestCaptionsGallery checks that a page made of pictures and their
// captions keeps its captions: they are its text.
func TestCaptionsGallery(t *testing.T) {
	var b strings.Builder
	for _, c := range []string{"冰洞。", "搜救现场。", "小温在景区内的身影。"} {
		b.WriteString(`<p><img src="/a.jpg"></p><p>` + c + `</p>`)
	}
	p, err := Parse(page("", `<div class="content"><p>海螺沟景区，孩子失联一个月。</p>`+b.String()+`</div>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.Paragraphs, "|"); !strings.Contains(got, "冰洞。") {
		t.Errorf("got %q, want the captions kept", p.Paragraphs)
	}
}

func TestPixels(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"600", 600}, {"12px", 12}, {" 40 ", 40}, {"100%", 0}, {"auto", 0}, {"", 0}}
	for _, tt := range tests {
		if got := pixels(tt.in); got != tt.want {
			t.Errorf("pixels(%q): got %d, want %d", tt.in, got, tt.want)
		}
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
