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
		ours := timeRun(t, in, filepath.Join(dir, "ours.out"), zhnews("--config", config))
		theirs := timeRun(t, in, filepath.Join(dir, "opencc.out"), exec.Command("opencc", "-c", config+".json"))
		a, _ := os.ReadFile(filepath.Join(dir, "ours.out"))
		b, _ := os.ReadFile(filepath.Join(dir, "opencc.out"))
		if string(a) != string(b) {
			t.Errorf("%s: outputs differ", config)
		}
		ratio := theirs.Seconds() / ours.Seconds()
		t.Logf("%-5s %.1f MB: zhnews convert %.3fs = %.1f MB/s; opencc %.3fs = %.1f MB/s; ratio %.1fx",
			config, mb, ours.Seconds(), mb/ours.Seconds(), theirs.Seconds(), mb/theirs.Seconds(), ratio)
		if ratio < speedTarget {
			t.Errorf("%s: zhnews convert is %.1fx the opencc CLI, want >= %dx", config, ratio, speedTarget)
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
// wall-clock time it took.
func timeRun(t *testing.T, in, out string, cmd *exec.Cmd) time.Duration {
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
	return time.Since(start)
}
