//go:build !unix

package entities

import "time"

// cpuTime is unknown off Unix; the benchmark then reports wall time only.
func cpuTime() time.Duration { return 0 }
