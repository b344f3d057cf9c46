package figures_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/figures"
)

func ExampleExtract() {
	for _, f := range figures.Extract("2023年,上海生产总值达到4.72万亿元,研发投入占比4.4%,集聚超200位院士和2000余家企业,投资3至5万元。") {
		fmt.Printf("%s %g %q approx=%v", f.Text, f.Value, f.Unit, f.Approx)
		if f.Max != nil {
			fmt.Printf(" max=%g", *f.Max)
		}
		fmt.Println()
	}
	// Output:
	// 4.72万亿元 4.72e+12 "元" approx=false
	// 4.4% 4.4 "%" approx=false
	// 超200位 200 "位" approx=true
	// 2000余家 2000 "家" approx=true
	// 3至5万元 30000 "元" approx=false max=50000
}
