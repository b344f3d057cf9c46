package dates

import "fmt"

func fmtSscanf(s string, y, w *int) (int, error) { return fmt.Sscanf(s, "%d-W%d", y, w) }
