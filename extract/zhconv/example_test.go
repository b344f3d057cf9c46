package zhconv_test

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/transform"
	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract/zhconv"
)

func ExampleT2S() {
	fmt.Println(zhconv.T2S("長三角科技創新協同發展"))
	// Output: 长三角科技创新协同发展
}

func ExampleNew() {
	c, err := zhconv.New("tw2sp")
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Convert("用滑鼠打開軟體"))
	// Output: 用鼠标打开软件
}

func ExampleConverter_ConvertAligned() {
	c, _ := zhconv.New("tw2sp")
	in := "注意SQL隱碼攻擊和螢幕"
	out, al := c.ConvertAligned(in)
	// A span found in the converted text: 屏幕 at runes 8..10.
	start, end := al.Source(8, 10)
	fmt.Println(out)
	fmt.Println(string([]rune(in)[start:end]))
	// Output:
	// 注意SQL注入和屏幕
	// 螢幕
}

func ExampleDetect() {
	fmt.Println(zhconv.Detect("長三角經濟"), zhconv.Detect("长三角经济"), zhconv.Detect("长三角經濟發展"))
	fmt.Println(zhconv.Detect("乾隆年间的著名学者")) // 乾 and 著 are Simplified too
	// Output:
	// traditional simplified mixed
	// simplified
}

func ExampleConverter_Transformer() {
	c, _ := zhconv.New("t2s")
	fold := transform.Chain(width.Fold, c.Transformer())
	out, _, _ := transform.String(fold, "長三角ＧＤＰ增長５％")
	fmt.Println(out)
	// Output: 长三角GDP增长5%
}

func ExampleConverter_Stream() {
	c, _ := zhconv.New("hk2s")
	if err := c.Stream(os.Stdout, strings.NewReader("衞生署呼籲市民注意個人衞生\n")); err != nil {
		panic(err)
	}
	// Output: 卫生署呼吁市民注意个人卫生
}
