package webpage_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/webpage"
)

func ExampleParse() {
	raw := []byte(`<html><head><title>春耕生产全面展开-某某网</title>
<meta name="pubdate" content="2024-03-29 15:07:43"></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<div class="content">
<p>眼下正值春耕时节，长江流域各地抢抓农时，田间地头一派繁忙景象。</p>
<p>据介绍，全省已完成春播面积一千二百万亩，农资供应充足，价格总体稳定。</p>
</div></body></html>`)
	text, err := webpage.Decode(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	page, err := webpage.Parse(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.Title)
	fmt.Println(page.Published)
	for _, p := range page.Paragraphs {
		fmt.Println(p)
	}
	for _, r := range page.Removed {
		fmt.Println(r.Reason+":", r.Text)
	}
	// Output:
	// 春耕生产全面展开
	// 2024-03-29T15:07:43+08:00
	// 眼下正值春耕时节，长江流域各地抢抓农时，田间地头一派繁忙景象。
	// 据介绍，全省已完成春播面积一千二百万亩，农资供应充足，价格总体稳定。
	// nav: 首页 | 新闻
}
