package dates_test

import (
	"fmt"
	"time"

	"github.com/zhnews/zhnews/extract/dates"
)

func ExampleExtract() {
	ref := time.Date(2025, 7, 9, 15, 0, 0, 0, time.FixedZone("CST", 8*3600))
	text := "中新网上海7月9日电 副主任9日表示,2025-2027年行动方案上半年启动。当日,去年底签约的项目7月9日至11日展出。"
	for _, d := range dates.Extract(text, ref) {
		fmt.Println(d.Text, d.Value)
	}
	// Output:
	// 7月9日 2025-07-09
	// 9日 2025-07-09
	// 2025-2027年 2025/2027
	// 上半年 2025-01/2025-06
	// 当日 2025-07-09
	// 去年底 2024-12
	// 7月9日至11日 2025-07-09/2025-07-11
}
