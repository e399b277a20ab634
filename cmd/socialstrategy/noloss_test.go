package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestAccessiblePipedRefusals: with piped answers, an answer a question
// does not take stops the run with exit 1, naming the line and question,
// after saving what came before; it is never asked again (which would read
// the next question's line), and no input ever panics.
func TestAccessiblePipedRefusals(t *testing.T) {
	name := strings.Repeat("Øy", 101) // 202 characters, 303 bytes
	for _, tt := range []struct {
		name, stdin string
		code        int
		stderr      []string // all of these
		savedName   string   // the name in the answers file; "-" for no file (the language is saved with the first page)
	}{
		{"not a number for a choice", "x\n", 1, []string{`line 1, "Language / Språk"`, "not one of the numbers"}, "-"},
		{"a number out of range, no line end", "4", 1, []string{`line 1, "Language / Språk"`}, "-"},
		{"not a number for the kind", "1\nBakeri\nclub\n", 1, []string{`line 3, "What kind of organisation is it?"`, "not one of the numbers"}, "Bakeri"},
		{"yes as the presence", "1\nBakeri\n\nBakes\nFamilies\nyes\n", 1,
			[]string{`line 6, "Are the people you want to reach (Families) on social media?"`}, "Bakeri"},
		{"yes as a club's presence, no audience typed", "1\nKlubben\n4\nFootball\n\nyes\n", 1,
			[]string{`line 6, "Are the people you want to reach (members, players and parents) on social media?"`}, "Klubben"},
		{"the input ends at a choice", "1\nBakeri\n", 1, []string{"The input ended before the interview did"}, "Bakeri"},
		{"the input ends at once", "", 1, []string{"The input ended before the interview did"}, "-"},
		{"not UTF-8", "1\nBak\xffri\n", 1, []string{`line 2, "What is the organisation called?"`, "not UTF-8"}, ""},
		{"a required answer left empty", "1\n\n", 1, []string{`line 2, "What is the organisation called?"`, "Give the organisation's name"}, ""},
		{"over the limit in characters", "1\n" + strings.Repeat("é", 301) + "\n", 1,
			[]string{"line 2", "at most 300 characters; it has 301"}, ""},
		{"200 characters of Øy are within the limit", "1\n" + name + "\n\nBakes\nFamilies\n2\nWe sell at fairs\n\n\n", 0, nil, name},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			r := runBinary(t, dir, tt.stdin, "--accessible")
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", r.code, tt.code, r.stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
				t.Errorf("a panic:\n%s", r.stderr)
			}
			if tt.code != 0 && !strings.HasSuffix(r.stdout, "\n") {
				t.Errorf("stdout ends in the middle of a prompt, so what comes next is glued to it: %q", r.stdout[max(0, len(r.stdout)-80):])
			}
			data, err := os.ReadFile(filepath.Join(dir, "socialstrategy.yaml"))
			if saysKept := strings.Contains(r.stderr, "answers are kept in"); tt.code != 0 && saysKept != (tt.savedName != "-") {
				t.Errorf("stderr says the answers are kept: %v, a file was written: %v\n%s", saysKept, tt.savedName != "-", r.stderr)
			}
			if tt.savedName == "-" {
				if err == nil {
					t.Errorf("answers saved although none was given:\n%s", data)
				}
				return
			}
			p, err := strategy.ParseDraft("socialstrategy.yaml", data)
			if err != nil {
				t.Fatalf("saved answers: %v", err)
			}
			if p.Organisation.Name != tt.savedName {
				t.Errorf("saved name %q, want %q", p.Organisation.Name, tt.savedName)
			}
			if tt.code == 0 && (p.Presence != strategy.PresenceNone || p.NoPresenceReason != "We sell at fairs" || p.Organisation.About != "Bakes" ||
				p.Organisation.Kind != strategy.KindBusiness) {
				t.Errorf("answers landed in the wrong questions: %+v", p)
			}
		})
	}
}

// TestAccessibleLongLine: a pasted paragraph is one answer, however long,
// up to the file's limit; a longer line is refused, never a crash.
func TestAccessibleLongLine(t *testing.T) {
	para := strings.Repeat("We bake bread, buns and cakes for the neighbourhood. ", 50) // 2,650 characters
	dir := t.TempDir()
	r := runBinary(t, dir, "1\nBakeri\n\n"+para+"\nFamilies\n2\nWe sell at fairs\n\n\n", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	p, err := strategy.Load(filepath.Join(dir, "socialstrategy.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Organisation.About != strings.TrimSpace(para) {
		t.Errorf("about has %d characters, want the paragraph's %d", len(p.Organisation.About), len(strings.TrimSpace(para)))
	}
	r = runBinary(t, t.TempDir(), "1\n"+strings.Repeat("a", strategy.MaxFileSize+10)+"\n", "--accessible")
	if r.code != 1 || !strings.Contains(r.stderr, "line 2") {
		t.Errorf("a line over the limit: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestTerminalThatCannotDraw runs the built binary in a pseudo-terminal
// that cannot draw the wizard: it asks in plain prompts and says why,
// and never sends the full-screen sequences such a terminal would print
// as garbage (alternate screen, cursor addressing, keyboard protocols).
func TestTerminalThatCannotDraw(t *testing.T) {
	for _, tt := range []struct {
		name, term string
		cols, rows uint16
		say        string
	}{
		{"dumb", "dumb", 80, 24, "TERM=dumb"},
		{"unknown terminfo", "no-such-terminal", 80, 24, "TERM=no-such-terminal is not known"},
		{"too small", "xterm-256color", 30, 8, "The terminal is 30×8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(binary, "new")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "TERM="+tt.term, "LANG=C", "NO_COLOR=", "TERMINFO=", "TERMINFO_DIRS=")
			f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: tt.cols, Rows: tt.rows})
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			out := &lockedBuffer{}
			go io.Copy(out, f)
			waitFor(t, "the first question", func() bool { return strings.Contains(out.String(), "Type a number") })
			// The last three decline the optional sections offered after
			// the quick path: private use, what we use instead, the document's details.
			for _, line := range []string{"1", "Bakeri", "", "Bakes", "Families", "2", "We sell at fairs", "", "", "", "", ""} {
				io.WriteString(f, line+"\r")
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running; screen:\n%s", out.String())
			}
			var ee *exec.ExitError
			if err != nil && !errors.As(err, &ee) {
				t.Fatal(err)
			}
			got := out.String()
			if err != nil {
				t.Errorf("exit: %v\n%s", err, got)
			}
			if !strings.Contains(got, tt.say) {
				t.Errorf("does not say why (%q):\n%s", tt.say, got)
			}
			for _, seq := range []string{"\x1b[?1049", "\x1b[H", "\x1b[?2004", "\x1b[>", "\x1b[?u", "\x1b[=", "\x1b[?25"} {
				if strings.Contains(got, seq) {
					t.Errorf("sent the full-screen sequence %q:\n%q", seq, got)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "social-media-strategy.md")); err != nil {
				t.Errorf("no document: %v", err)
			}
		})
	}
}

// TestRenderKeepsHandEdits: render -o over a document edited by hand since
// it was written refuses without a terminal, says why and leaves it;
// --force replaces it and keeps the edited one under the name it says.
// A document unchanged since it was written is simply written again.
func TestRenderKeepsHandEdits(t *testing.T) {
	plan := strategy.Example("en")
	plan.Organisation.Name = "Our own bakery"
	dir := workdir(t, map[string]string{"plan.yaml": string(must(strategy.Marshal(plan)))})
	doc := filepath.Join(dir, "strategy.md")
	if r := runBinary(t, dir, "", "render", "plan.yaml", "-o", "strategy.md"); r.code != 0 {
		t.Fatalf("first render: %d %s", r.code, r.stderr)
	}
	if r := runBinary(t, dir, "", "render", "plan.yaml", "-o", "strategy.md"); r.code != 0 {
		t.Fatalf("render over its own document: %d %s", r.code, r.stderr)
	}
	edited := string(must(os.ReadFile(doc))) + "\nOur own notes.\n"
	must(0, os.WriteFile(doc, []byte(edited), 0o644))
	r := runBinary(t, dir, "", "render", "plan.yaml", "-o", "strategy.md")
	if r.code != 1 || !strings.Contains(r.stderr, "strategy.md was changed since socialstrategy wrote it") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("render over an edited document: exit %d, stderr %q; want 1 and why", r.code, r.stderr)
	}
	if got := string(must(os.ReadFile(doc))); got != edited {
		t.Errorf("the edited document was changed")
	}
	r = runBinary(t, dir, "", "render", "plan.yaml", "-o", "strategy.md", "--force")
	if r.code != 0 || !strings.Contains(r.stderr, "kept as strategy.edited.md") {
		t.Errorf("--force: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := string(must(os.ReadFile(filepath.Join(dir, "strategy.edited.md")))); got != edited {
		t.Errorf("kept copy = %q, want the edited document", got)
	}
	if strings.Contains(string(must(os.ReadFile(doc))), "Our own notes") {
		t.Errorf("--force did not write the new document")
	}
	// A file socialstrategy never wrote is not replaced either.
	must(0, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("mine\n"), 0o644))
	if r := runBinary(t, dir, "", "render", "plan.yaml", "-o", "notes.md"); r.code != 1 || !strings.Contains(r.stderr, "not written by socialstrategy") {
		t.Errorf("render over another file: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runBinary(t, dir, "", "example", "-o", "plan.yaml"); r.code != 1 {
		t.Errorf("example -o over a plan: exit %d, want 1", r.code)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestAccessibleNoneIsSaid: a question of several choices takes 0 for none,
// as it takes -, and its prompt says so.
func TestAccessibleNoneIsSaid(t *testing.T) {
	dir := t.TempDir()
	r := runBinary(t, dir, "1\nBakeri\n\nBakes\nFamilies\n1\n0\nNewsletter\n", "--accessible")
	if !strings.Contains(r.stdout, "0 or - for none") {
		t.Errorf("the channels prompt does not say how to choose none:\n%s", r.stdout)
	}
	if strings.Contains(r.stderr, "is not one of the numbers") {
		t.Errorf("0 refused:\n%s", r.stderr)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "socialstrategy.yaml"))
	if !strings.Contains(string(data), "Newsletter") {
		t.Errorf("0 for no listed channel, then Newsletter: answers\n%s\nstderr\n%s", data, r.stderr)
	}
}
