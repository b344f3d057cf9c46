package cnnum_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/cnnum"
)

func ExampleParse() {
	for _, s := range []string{"二〇二五", "两千", "壹拾", "13万2", "4.72万亿", "一百零五", "三分之一"} {
		v, ok := cnnum.Parse(s)
		fmt.Println(s, v, ok)
	}
	// Output:
	// 二〇二五 2025 true
	// 两千 2000 true
	// 壹拾 10 true
	// 13万2 132000 true
	// 4.72万亿 4.72e+12 true
	// 一百零五 105 true
	// 三分之一 0.333333333333333 true
}

func ExampleFind() {
	for _, n := range cnnum.Find("上海生产总值达到4.72万亿元,增长一成,四川十余万人") {
		fmt.Println(n.Text, n.Value, n.Start, n.End, n.Approx)
	}
	// Output:
	// 4.72万亿 4.72e+12 8 14 false
	// 一 1 18 19 false
	// 十余万 100000 23 26 true
}
