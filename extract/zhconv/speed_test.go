package zhconv

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// speedTarget is how many times the opencc CLI's throughput zhnews convert
// must reach.
const speedTarget = 10

// TestSpeedVsOpenCC runs `zhnews convert` and the opencc CLI on the same
// 10 MB of Traditional news text and prints both throughputs. It is slow and
// measures wall-clock time, so it runs only when asked:
//
//	ZHNEWS_SPEED=1 go test ./extract/zhconv -run TestSpeedVsOpenCC -v
func TestSpeedVsOpenCC(t *testing.T) {
	if os.Getenv("ZHNEWS_SPEED") == "" {
		t.Skip("set ZHNEWS_SPEED=1 to compare zhnews convert with the opencc CLI on 10 MB")
	}
	needOpenCC(t)
	dir := t.TempDir()
	zhnews := buildZhnews(t, dir)
	for _, config := range Configs {
		in := filepath.Join(dir, config+".txt")
		if err := os.WriteFile(in, traditionalText(t, config, 10<<20), 0o644); err != nil {
			t.Fatal(err)
		}
		size, _ := os.Stat(in)
		mb := float64(size.Size()) / (1 << 20)
		ours, oursCPU := timeRun(t, in, filepath.Join(dir, "ours.out"), zhnews("--config", config))
		theirs, theirsCPU := timeRun(t, in, filepath.Join(dir, "opencc.out"), exec.Command("opencc", "-c", config+".json"))
		a, _ := os.ReadFile(filepath.Join(dir, "ours.out"))
		b, _ := os.ReadFile(filepath.Join(dir, "opencc.out"))
		if string(a) != string(b) {
			t.Errorf("%s: outputs differ", config)
		}
		ratio := theirs.Seconds() / ours.Seconds()
		cpuRatio := theirsCPU.Seconds() / oursCPU.Seconds()
		t.Logf("%-5s %.1f MB: zhnews convert %.1f MB/s (%.2fs wall, %.2fs CPU); opencc %.1f MB/s (%.2fs wall, %.2fs CPU); ratio %.1fx wall, %.1fx CPU",
			config, mb, mb/ours.Seconds(), ours.Seconds(), oursCPU.Seconds(),
			mb/theirs.Seconds(), theirs.Seconds(), theirsCPU.Seconds(), ratio, cpuRatio)
		// CPU time is what a busy machine distorts least.
		if cpuRatio < speedTarget {
			t.Errorf("%s: zhnews convert is %.1fx the opencc CLI in CPU time, want >= %dx", config, cpuRatio, speedTarget)
		}
	}
}

// buildZhnews builds cmd/zhnews into dir and returns a maker of
// `zhnews convert` commands. If the command does not build (another package
// of it is mid-change), it falls back to this test binary running the same
// Stream code path in a child process.
func buildZhnews(t *testing.T, dir string) func(args ...string) *exec.Cmd {
	bin := filepath.Join(dir, "zhnews")
	build := exec.Command("go", "build", "-o", bin, "./cmd/zhnews")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err == nil {
		return func(args ...string) *exec.Cmd {
			return exec.Command(bin, append([]string{"convert"}, args...)...)
		}
	} else {
		t.Logf("go build ./cmd/zhnews failed, timing the converter in a child test process instead: %v\n%s", err, out)
	}
	return func(args ...string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperConvertProcess$")
		cmd.Env = append(os.Environ(), "ZHCONV_HELPER_CONFIG="+args[len(args)-1])
		return cmd
	}
}

// TestHelperConvertProcess is the child process of buildZhnews's fallback:
// it streams stdin to stdout like zhnews convert.
func TestHelperConvertProcess(t *testing.T) {
	config := os.Getenv("ZHCONV_HELPER_CONFIG")
	if config == "" {
		t.Skip("helper process for TestSpeedVsOpenCC")
	}
	c, err := New(config)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(os.Stdout, 256<<10)
	if err := c.Stream(w, os.Stdin); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	os.Exit(0)
}

// timeRun runs cmd with stdin from in and stdout to out and returns the
// wall-clock time and the CPU time (user and system) it took.
func timeRun(t *testing.T, in, out string, cmd *exec.Cmd) (wall, cpu time.Duration) {
	t.Helper()
	fin, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer fin.Close()
	fout, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fout.Close()
	cmd.Stdin, cmd.Stdout, cmd.Stderr = fin, fout, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v", cmd, err)
	}
	wall = time.Since(start)
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}
