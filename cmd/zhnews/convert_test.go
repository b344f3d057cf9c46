package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
)

func TestConvertCmd(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		want string
	}{
		{"default t2s", nil, "長三角科技創新\n後來\n", "长三角科技创新\n后来\n"},
		{"tw2sp phrases", []string{"--config", "tw2sp"}, "用滑鼠打開軟體", "用鼠标打开软件"},
		{"opencc file name accepted", []string{"-config", "hk2s.json"}, "衞生署", "卫生署"},
		{"empty input", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			cmd := &convertCmd{in: strings.NewReader(tt.in), out: &out}
			if err := cmd.Run(context.Background(), tt.args); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got %q, want %q", out.String(), tt.want)
			}
		})
	}
}

func TestConvertCmdErrors(t *testing.T) {
	run := func(args ...string) error {
		return (&convertCmd{in: strings.NewReader(""), out: io.Discard}).Run(context.Background(), args)
	}
	var ee *exitError
	if err := run("--config", "s2t"); !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("unknown config: got %v, want exit code 2", err)
	}
	if err := run("extra"); !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("extra argument: got %v, want exit code 2", err)
	}
	if err := run("-h"); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: got %v, want flag.ErrHelp", err)
	}
}
