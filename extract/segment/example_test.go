package segment_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/segment"
)

func ExampleSegmenter_Tokens() {
	text := "上海市科委副主任说，新材料产业发展很快。"
	for _, t := range segment.Default().Tokens(text) {
		fmt.Printf("%s[%d:%d] ", t.Text, t.Start, t.End)
	}
	fmt.Println()
	// Output: 上海市[0:9] 科委[9:15] 副[15:18] 主任[18:24] 说[24:27] ，[27:30] 新[30:33] 材料[33:39] 产业[39:45] 发展[45:51] 很快[51:57] 。[57:60]
}

func ExampleSegmenter_SearchTokens() {
	q := "中华人民共和国"
	for _, t := range segment.ForQuery(q).SearchTokens(q) {
		fmt.Printf("%s@%d ", t.Text, t.Position)
	}
	fmt.Println()
	// Output: 中华人民共和国@0 中华@0 人民共和国@0 人民@0 共和国@0 共和@0 国@0
}
