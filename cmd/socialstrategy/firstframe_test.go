package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// BenchmarkFirstFrame measures, in a pseudo-terminal, the time from
// starting the program to its first frame on screen: the wizard, and a
// bare huh form built with the same modules as the yardstick.
func BenchmarkFirstFrame(b *testing.B) {
	bins := buildFirstFrame(b)
	for _, bc := range []struct {
		name string
		args []string
	}{
		{"wizard", []string{bins.wizard, "new", "--answers", filepath.Join(b.TempDir(), "plan.yaml")}},
		{"bare-huh-form", []string{bins.bare}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				firstFrame(b, bc.args, []byte("Language / Språk"))
			}
		})
	}
}

type firstFrameBins struct{ wizard, bare string }

var firstFrameBuild = sync.OnceValues(func() (firstFrameBins, error) {
	dir, err := os.MkdirTemp("", "firstframe")
	if err != nil {
		return firstFrameBins{}, err
	}
	bins := firstFrameBins{filepath.Join(dir, "socialstrategy"), filepath.Join(dir, "bareform")}
	for out, pkg := range map[string]string{bins.wizard: ".", bins.bare: "./testdata/bareform"} {
		if msg, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			return bins, &exec.Error{Name: string(msg), Err: err}
		}
	}
	return bins, nil
})

func buildFirstFrame(b *testing.B) firstFrameBins {
	b.Helper()
	bins, err := firstFrameBuild()
	if err != nil {
		b.Fatal(err)
	}
	return bins
}

// firstFrame starts a program in an 80x24 pseudo-terminal and waits until
// its output shows want.
func firstFrame(b *testing.B, args []string, want []byte) {
	b.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_GB.UTF-8")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
		f.Close()
	}()
	var out []byte
	buf := make([]byte, 4096)
	deadline := time.Now().Add(10 * time.Second)
	for !bytes.Contains(out, want) {
		if time.Now().After(deadline) {
			b.Fatalf("%s: no frame with %q in 10s; got %q", args[0], want, out)
		}
		n, err := f.Read(buf)
		out = append(out, buf[:n]...)
		if err != nil {
			b.Fatalf("%s: %v after %q", args[0], err, out)
		}
	}
}
