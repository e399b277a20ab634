package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestRerunSaysWhereTheKeptPageIs: running socialstrategy again in a
// folder where the last run quit without saving its page says, in the
// person's language, which file holds that page; a kept file older than
// the answers file (saved again since) is not mentioned.
func TestRerunSaysWhereTheKeptPageIs(t *testing.T) {
	saved := &strategy.Plan{Version: 1, Language: "nb"}
	kept := &strategy.Plan{Version: 1, Language: "nb", Organisation: strategy.Organisation{Name: "Studentene"}}
	folder := func(t *testing.T, keptNewer bool) string {
		dir := workdir(t, map[string]string{
			"socialstrategy.yaml":         marshal(t, saved),
			"socialstrategy.unsaved.yaml": marshal(t, kept),
		})
		now := time.Now()
		answersAt, keptAt := now.Add(-time.Hour), now.Add(-time.Minute)
		if !keptNewer {
			answersAt, keptAt = keptAt, answersAt
		}
		for name, at := range map[string]time.Time{"socialstrategy.yaml": answersAt, "socialstrategy.unsaved.yaml": keptAt} {
			if err := os.Chtimes(filepath.Join(dir, name), at, at); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	const said = "Siden du gikk ut av uten å lagre sist, ligger i socialstrategy.unsaved.yaml."

	t.Run("terminal", func(t *testing.T) {
		cmd := exec.Command(binary)
		cmd.Dir = folder(t, true)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=nb_NO.UTF-8", "NO_COLOR=1")
		f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		screen := &lockedBuffer{}
		go io.Copy(screen, f)
		waitFor(t, "the notice", func() bool {
			return strings.Contains(ansi.Strip(screen.String()), "socialstrategy.unsaved.yaml")
		})
		if got := ansi.Strip(screen.String()); !strings.Contains(got, "ligger i socialstrategy.unsaved.yaml") {
			t.Errorf("the resumed wizard does not say where the kept page is in bokmål:\n%s", got)
		}
	})
	t.Run("plain prompts", func(t *testing.T) {
		r := runBinary(t, folder(t, true), "", "--accessible")
		if !strings.Contains(r.stdout, said) {
			t.Errorf("stdout does not say %q:\n%s", said, r.stdout)
		}
	})
	t.Run("saved again since", func(t *testing.T) {
		r := runBinary(t, folder(t, false), "", "--accessible")
		if strings.Contains(r.stdout+r.stderr, "unsaved.yaml") {
			t.Errorf("names a kept file older than the answers:\n%s\n%s", r.stdout, r.stderr)
		}
	})
}
