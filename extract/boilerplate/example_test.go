package boilerplate_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/boilerplate"
)

func ExampleFromText() {
	page := `首页 | 新闻 | 财经 | 体育
您的位置：首页 > 社会 > 正文
西湖区首批社区养老服务站投用
2023-11-05 10:20 来源：钱江晚报
11月5日,杭州市西湖区举行社区养老服务中心揭牌仪式,首批12家服务站同时投入使用。
据介绍,这些服务站将为辖区老人提供助餐、助浴、康复理疗等服务。（完）
（责任编辑：王小明）
相关阅读
杭州地铁三号线北段今日开通...[详细]`
	for _, a := range boilerplate.FromText(page, boilerplate.Options{}) {
		fmt.Println(a.Title, a.Published, a.Source)
		for _, p := range a.Paragraphs {
			fmt.Println(p)
		}
		for _, r := range a.Removed {
			fmt.Printf("[%s] %s\n", r.Reason, r.Text)
		}
	}
	// Output:
	// 西湖区首批社区养老服务站投用 2023-11-05T10:20+08:00 钱江晚报
	// 11月5日,杭州市西湖区举行社区养老服务中心揭牌仪式,首批12家服务站同时投入使用。
	// 据介绍,这些服务站将为辖区老人提供助餐、助浴、康复理疗等服务。
	// [nav] 首页 | 新闻 | 财经 | 体育
	// [breadcrumb] 您的位置：首页 > 社会 > 正文
	// [title-repeat] 西湖区首批社区养老服务站投用
	// [meta] 2023-11-05 10:20 来源：钱江晚报
	// [endmark] （完）
	// [editor] （责任编辑：王小明）
	// [related] 相关阅读
	// [related] 杭州地铁三号线北段今日开通...[详细]
}
