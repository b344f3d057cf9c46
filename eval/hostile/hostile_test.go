package hostile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWrite checks that each kind of hostile input is on disk as described.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	cases, err := Write(dir, Options{Big: 20 << 20, LongLine: 1 << 20})
	t.Cleanup(func() { Cleanup(dir) })
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Case{}
	for _, c := range cases {
		if c.Line == 0 {
			byName[c.Name] = c
		}
		if c.What == "" {
			t.Errorf("%s:%d says nothing about what it is", c.Name, c.Line)
		}
	}
	tests := []struct {
		name  string
		check func(p string) error
		want  Want
	}{
		{"bad/empty.txt", size(0, 0), Fail},
		{"bad/huge-line.txt", size(20<<20, 20<<20), Fail},
		{"bad/noise.txt", size(64<<10, 64<<10), Fail},
		{"bad/deep-empty.html", size(100_000, 200_000), Fail},
		{"bad/self.txt", statErr(syscall.ELOOP), Fail},
		{"bad/loop-a.txt", statErr(syscall.ELOOP), Fail},
		{"bad/dangling.txt", statErr(syscall.ENOENT), Fail},
		{"bad/fifo.txt", mode(os.ModeNamedPipe), Fail},
		{"bad/no-access.txt", mode(0), Unreadable},
		{"good/a.txt", size(500, 1<<20), Index},
		{"good/gbk-truncated.txt", size(500, 1<<20), Index},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := byName[tt.name]
			if !ok {
				t.Fatalf("no case %s", tt.name)
			}
			if c.Want != tt.want {
				t.Errorf("want %v, got %v", tt.want, c.Want)
			}
			if err := tt.check(filepath.Join(dir, tt.name)); err != nil {
				t.Error(err)
			}
		})
	}
	lines := 0
	for _, c := range cases {
		if c.Name == "feed.jsonl" {
			lines++
			if (c.Want == Index) != (c.URL != "") {
				t.Errorf("feed.jsonl:%d: want %v with url %q; good records need a url to be found", c.Line, c.Want, c.URL)
			}
		}
	}
	if lines < 5 {
		t.Errorf("feed.jsonl has %d cases, want at least 5", lines)
	}
}

func size(lo, hi int64) func(string) error {
	return func(p string) error {
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		if info.Size() < lo || info.Size() > hi {
			return errors.New(p + ": size out of range")
		}
		return nil
	}
}

func statErr(want error) func(string) error {
	return func(p string) error {
		if _, err := os.Stat(p); !errors.Is(err, want) {
			return errors.New(p + ": stat error is not " + want.Error())
		}
		return nil
	}
}

func mode(want os.FileMode) func(string) error {
	return func(p string) error {
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		if want == 0 && info.Mode().Perm() != 0 || want != 0 && info.Mode()&want == 0 {
			return errors.New(p + ": mode " + info.Mode().String())
		}
		return nil
	}
}

func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "hostile")
	defer os.RemoveAll(dir)
	defer Cleanup(dir)
	cases, err := Write(dir, Options{Big: 17 << 20, LongLine: 17 << 20})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cases[4:7] {
		fmt.Printf("%s: %v (%s)\n", c.Name, c.Want, c.What)
	}
	// Output:
	// bad/truncated.txt.gz: fail (a gzip stream cut in half)
	// bad/noise.txt: fail (64 KiB of random bytes)
	// bad/noise-high.txt: fail (64 KiB of random bytes >= 0x80)
}
