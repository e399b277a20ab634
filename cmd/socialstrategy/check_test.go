package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// The -update flag rewrites golden files. Another test file or the golden
// package may define it first; then that flag is used.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func checkUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkDir holds the plans and golden files of the check command.
const checkDir = "testdata/check"

// checkPlainEnv makes colour detection see a plain pipe whatever the test runner's
// environment says.
func checkPlainEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"CLICOLOR_FORCE", "TTY_FORCE", "NO_COLOR", "CLICOLOR"} {
		t.Setenv(k, "")
	}
}

// runCheckCmd runs socialstrategy in-process and returns its exit code and
// output.
func runCheckCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(checkDir, name+".golden")
	if checkUpdating() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/socialstrategy -run TestCheckGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func checkPlanPath(name string) string { return filepath.Join(checkDir, name+".yaml") }

func TestCheckGolden(t *testing.T) {
	checkPlainEnv(t)
	tests := []struct {
		name string
		args []string
		code int
	}{
		// The summary table a facilitator with a class of plans sees; the
		// invalid plan makes the exit code 1.
		{"summary", []string{"check", checkPlanPath("model-en"), checkPlanPath("model-nb"), checkPlanPath("required"), checkPlanPath("partial-en"),
			checkPlanPath("partial-nb"), checkPlanPath("none"), checkPlanPath("invalid")}, 1},
		{"summary-nb", []string{"check", "--lang", "nb", checkPlanPath("model-nb"), checkPlanPath("partial-nb"), checkPlanPath("none")}, 0},
		{"summary-verbose", []string{"check", "-v", checkPlanPath("model-en"), checkPlanPath("none"), checkPlanPath("invalid")}, 1},
		{"single-required", []string{"check", checkPlanPath("required")}, 0},
		{"single-partial-en", []string{"check", checkPlanPath("partial-en")}, 0},
		{"single-partial-nb", []string{"check", checkPlanPath("partial-nb")}, 0},
		{"single-model", []string{"check", checkPlanPath("model-en")}, 0},
		{"json", []string{"check", "--format", "json", checkPlanPath("partial-nb"), checkPlanPath("model-en"), checkPlanPath("invalid")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Read on a fixed day, so that the model's deadlines stay ahead.
			tt.args = append([]string{"check", "--as-of", "2027-01-20"}, tt.args[1:]...)
			code, out, errOut := runCheckCmd(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, tt.code, errOut)
			}
			if strings.Contains(out, "\x1b") {
				t.Errorf("run(%q) wrote escape sequences to a pipe: %q", tt.args, out)
			}
			checkGolden(t, tt.name, out)
		})
	}
}

func TestCheckExitCodes(t *testing.T) {
	checkPlainEnv(t)
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"check", checkPlanPath("model-en")}, 0, ""},
		{[]string{"check", "--strict", checkPlanPath("model-en"), checkPlanPath("model-nb")}, 0, ""},
		{[]string{"check", checkPlanPath("required")}, 0, ""},
		{[]string{"check", "--strict", checkPlanPath("required")}, 1, "7 gaps remain in testdata/check/required.yaml; fill them in, or leave out --strict"},
		{[]string{"check", "--strict", checkPlanPath("model-en"), checkPlanPath("partial-nb"), checkPlanPath("required")}, 1, "10 gaps remain in 2 of 3 files"},
		{[]string{"check", "--strict", checkPlanPath("none")}, 1, "1 gap remains in"},
		{[]string{"check", "--strict", "--format", "json", checkPlanPath("required")}, 1, "7 gaps remain"},
		{[]string{"check", "--strict", "--require", "governance, content,document", checkPlanPath("model-en")}, 0, ""},
		{[]string{"check", "--strict", "--require", "governance", checkPlanPath("required")}, 1, "8 gaps remain in"},
		{[]string{"check", "--require", "vibes", checkPlanPath("model-en")}, 2, `unknown section "vibes"`},
		{[]string{"check", checkPlanPath("invalid")}, 1, `unknown purpose "fame"`},
		{[]string{"check", checkPlanPath("model-en"), "testdata/check/missing.yaml"}, 1, "no such file"},
		{[]string{"check"}, 2, "needs at least one answers file"},
		{[]string{"check", "--format", "xml", checkPlanPath("model-en")}, 2, `unknown format "xml"`},
		{[]string{"check", "--lang", "de", checkPlanPath("model-en")}, 2, `unknown language "de"`},
		{[]string{"check", "--nonsense", checkPlanPath("model-en")}, 2, "unknown flag"},
	}
	for _, tt := range tests {
		code, _, errOut := runCheckCmd(t, "", tt.args...)
		if code != tt.code {
			t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, tt.code, errOut)
		}
		if !strings.Contains(errOut, tt.inStderr) {
			t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, errOut, tt.inStderr)
		}
	}
}

// An invalid file is reported on standard error with its positions, as
// validate does, and standard output stays clean.
func TestCheckInvalidSingleFile(t *testing.T) {
	checkPlainEnv(t)
	code, out, errOut := runCheckCmd(t, "", "check", checkPlanPath("invalid"))
	if code != 1 || out != "" || !strings.Contains(errOut, "invalid.yaml:7:16: channels[0].purposes[0]") {
		t.Errorf("run(check invalid.yaml) = %d, %q, %q; want 1, no output, the error with its position", code, out, errOut)
	}
}

func TestCheckStdin(t *testing.T) {
	checkPlainEnv(t)
	data, err := os.ReadFile(checkPlanPath("model-nb"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCheckCmd(t, string(data), "check", "-")
	if code != 0 || !strings.HasPrefix(out, "<stdin> · Solsiden Bakeri\n") || !strings.Contains(out, "38 av 38 punkter avklart") {
		t.Errorf("run(check -) = %d, %q, %q; want 0 and the plan's review in bokmål", code, out, errOut)
	}
}

// Findings follow the plan's language unless --lang says otherwise.
func TestCheckLanguage(t *testing.T) {
	checkPlainEnv(t)
	tests := []struct {
		args      []string
		want, not string
	}{
		{[]string{"check", checkPlanPath("partial-nb")}, "Bli mer synlige", "has neither a number"},
		{[]string{"check", checkPlanPath("partial-nb")}, "mangel  channels[0].goal", "gap   channels[0].goal"},
		{[]string{"check", "--lang", "en", checkPlanPath("partial-nb")}, "has neither a number nor a date", "har verken tall"},
		{[]string{"check", "--lang", "nb", checkPlanPath("required")}, "Planen for Instagram er ikke besvart ennå", "is not answered yet"},
		{[]string{"check", "--format", "json", "--lang", "nb", checkPlanPath("required")}, `"message": "Planen for Instagram er ikke besvart ennå`, "is not answered yet"},
		// Plans in two languages share an English table.
		{[]string{"check", checkPlanPath("model-nb"), checkPlanPath("model-en")}, "FILE", "VIRKSOMHET"},
		{[]string{"check", checkPlanPath("model-nb"), checkPlanPath("partial-nb")}, "VIRKSOMHET", "ORGANISATION"},
	}
	for _, tt := range tests {
		_, out, _ := runCheckCmd(t, "", tt.args...)
		if !strings.Contains(out, tt.want) || strings.Contains(out, tt.not) {
			t.Errorf("run(%q) = %q, want it to contain %q and not %q", tt.args, out, tt.want, tt.not)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	checkPlainEnv(t)
	_, out, _ := runCheckCmd(t, "", "check", "--as-of", "2027-01-20", "--format", "json", checkPlanPath("model-en"), checkPlanPath("required"), checkPlanPath("invalid"))
	var got checkJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json.Unmarshal(check --format json) error = %v\n%s", err, out)
	}
	if len(got.Files) != 3 {
		t.Fatalf("check --format json gave %d files, want 3", len(got.Files))
	}
	model, req, bad := got.Files[0], got.Files[1], got.Files[2]
	if model.Findings == nil || len(model.Findings) != 0 || model.Decided != model.Total || model.Organisation != "Solsiden Bakeri" {
		t.Errorf("model = %+v, want no findings (an empty list) and every point decided", model)
	}
	if req.Gaps != 7 || len(req.Findings) != 15 || req.Findings[0].Rule != "unanswered" || req.Findings[0].Path != "responses.incident.lead" {
		t.Errorf("required = %+v, want 7 gaps among 15 findings, the open incident plan first", req)
	}
	if bad.Error == "" || len(bad.Problems) != 1 || bad.Problems[0].Line != 7 || bad.Problems[0].Path != "channels[0].purposes[0]" {
		t.Errorf("invalid = %+v, want the error with its problem at line 7", bad)
	}
}

// In a terminal that asks for colour, severities are coloured; NO_COLOR
// keeps the emphasis but drops the colour; a pipe gets plain text.
func TestCheckColour(t *testing.T) {
	tests := []struct {
		name      string
		env       map[string]string
		want, not []string
	}{
		{"forced", map[string]string{"CLICOLOR_FORCE": "1"}, []string{"\x1b[1;31m"}, nil},
		{"no colour in a terminal", map[string]string{"TTY_FORCE": "1", "NO_COLOR": "1", "TERM": "xterm-256color"}, []string{"\x1b[1m"}, []string{"31m", "33m"}},
		{"pipe", map[string]string{}, nil, []string{"\x1b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlainEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			_, out, _ := runCheckCmd(t, "", "check", checkPlanPath("required"), checkPlanPath("model-en"))
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("check with %v = %q, want it to contain %q", tt.env, out, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("check with %v = %q, want no %q", tt.env, out, n)
				}
			}
			// Whatever the styling, the text is the same.
			checkPlainEnv(t)
			_, plain, _ := runCheckCmd(t, "", "check", checkPlanPath("required"), checkPlanPath("model-en"))
			if got := ansi.Strip(out); got != plain {
				t.Errorf("check with %v, escapes removed = %q, want the plain output %q", tt.env, got, plain)
			}
		})
	}
}

func TestCheckWrap(t *testing.T) {
	long := "The incident plan has no step for afterwards, so scheduled posts keep going out and nobody learns from what happened."
	tests := []struct {
		width    int
		maxWidth int
		lines    int
	}{
		{0, len(long) + 8, 1},
		{60, 60, 3},
	}
	for _, tt := range tests {
		p := &checkPrinter{width: tt.width}
		got := p.wrap("        ", long)
		lines := strings.Split(got, "\n")
		if len(lines) != tt.lines {
			t.Errorf("wrap(width %d) = %q, want %d lines", tt.width, got, tt.lines)
		}
		for _, l := range lines {
			if !strings.HasPrefix(l, "        ") || ansi.StringWidth(l) > tt.maxWidth {
				t.Errorf("wrap(width %d) line %q: want indented and at most %d wide", tt.width, l, tt.maxWidth)
			}
		}
	}
}

func TestTableLang(t *testing.T) {
	en := &checkReport{plan: strategy.New("en"), lang: "en"}
	nb := &checkReport{plan: strategy.New("nb"), lang: "nb"}
	bad := &checkReport{lang: ""}
	tests := []struct {
		name    string
		reports []*checkReport
		flag    string
		want    string
	}{
		{"all nb", []*checkReport{nb, nb, bad}, "", "nb"},
		{"mixed", []*checkReport{nb, en}, "", "en"},
		{"flag wins", []*checkReport{en}, "nb", "nb"},
		{"none valid", []*checkReport{bad}, "", "en"},
	}
	for _, tt := range tests {
		if got := tableLang(tt.reports, tt.flag); got != tt.want {
			t.Errorf("tableLang(%s, %q) = %q, want %q", tt.name, tt.flag, got, tt.want)
		}
	}
}

// A deadline passes with the day the plan is read on, and a channel id one
// letter off a known one is asked about, by check and by validate.
func TestCheckAsOfAndTypos(t *testing.T) {
	checkPlainEnv(t)
	p := strategy.Example(strategy.LangEnglish)
	p.Channels[1].ID = "facebok"
	p.Responses.Incident.Channels = []string{"facebok", "instagram"}
	p.Document.Date = "" // a plan with a date of its own is read on that date
	data, err := strategy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}

	_, before, _ := runCheckCmd(t, "", "check", "--as-of", "2027-01-20", "--format", "json", path)
	_, after, _ := runCheckCmd(t, "", "check", "--as-of", "2027-07-01", "--format", "json", path)
	rules := func(out string) []string {
		var r checkJSON
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("json: %v\n%s", err, out)
		}
		var ids []string
		for _, f := range r.Files[0].Findings {
			ids = append(ids, f.Rule+" "+f.Path)
		}
		return ids
	}
	if got := rules(before); !slices.Contains(got, "channel-id-typo channels") || !slices.Contains(got, "channel-id-typo responses.incident.channels") ||
		slices.Contains(got, "goal-deadline-passed channels[0].goal") {
		t.Errorf("check --as-of 2027-01-20 = %q, want the typo asked about twice and no passed deadline", got)
	}
	if got := rules(after); !slices.Contains(got, "goal-deadline-passed channels[0].goal") {
		t.Errorf("check --as-of 2027-07-01 = %q, want the June 2027 goal passed", got)
	}
	if code, _, errOut := runCheckCmd(t, "", "check", "--as-of", "June", path); code != 2 || !strings.Contains(errOut, "--as-of") {
		t.Errorf("check --as-of June = %d, %q; want a usage error naming --as-of", code, errOut)
	}

	code, out, errOut := runCheckCmd(t, "", "validate", path)
	if code != 0 || !strings.HasPrefix(out, path+": valid") {
		t.Errorf("validate = %d, %q; want 0 and valid: a typo is a warning", code, out)
	}
	for _, want := range []string{path + ":", ": warning: channels[1].id: \"facebok\"", "did you mean \"facebook\"?",
		": warning: responses.incident.channels[0]: \"facebok\""} {
		if !strings.Contains(errOut, want) {
			t.Errorf("validate stderr = %q, want it to contain %q", errOut, want)
		}
	}
	if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], path+":") || strings.Count(lines[0], ":") < 4 {
		t.Errorf("validate stderr = %q, want two warnings, each file:line:col: warning: path: message", errOut)
	}
	code, _, errOut = runCheckCmd(t, string(data), "validate", "-")
	if code != 0 || !strings.HasPrefix(errOut, "<stdin>:") {
		t.Errorf("validate - = %d, %q; want 0 and warnings naming <stdin>", code, errOut)
	}
}

// TestCheckNeverCallsAnOpenPlanFinished runs check on the plans of every
// kind and language in testdata/kinds: a plan whose document lacks an
// optional section, or prints "To be decided" (the nonprofit's "Valid
// until"), is never told "Nothing to add", and its open points are named.
func TestCheckNeverCallsAnOpenPlanFinished(t *testing.T) {
	checkPlainEnv(t)
	files, err := filepath.Glob("../../testdata/kinds/*.yaml")
	if err != nil || len(files) < 12 {
		t.Fatalf("testdata/kinds: %d plans, %v", len(files), err)
	}
	for _, f := range files {
		p, err := strategy.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		_, out, _ := runCheckCmd(t, "", "check", f)
		lang := p.Language
		open := p.OpenOptional()
		if len(open) == 0 {
			continue
		}
		if strings.Contains(out, checkWords.none.In(lang)) {
			t.Errorf("%s: %d optional points open, yet check says %q:\n%s", f, len(open), checkWords.none.In(lang), out)
		}
		prefix, _, _ := strings.Cut(checkWords.stillOpen.In(lang), "%s")
		if !strings.Contains(out, prefix) || !strings.Contains(out, optionalOpen(len(open), lang)) {
			t.Errorf("%s: the open optional points are not named:\n%s", f, out)
		}
	}
}

// TestCheckRequire: a section the teacher requires and the plan leaves
// unanswered is a gap, named with the section, in the plan's language.
func TestCheckRequire(t *testing.T) {
	checkPlainEnv(t)
	code, out, errOut := runCheckCmd(t, "", "check", "--require", "governance", checkPlanPath("required"))
	if code != 0 || !strings.Contains(out, "The section Governance and security is required and not answered yet.") {
		t.Errorf("check --require governance = %d, stdout:\n%s\nstderr: %s", code, out, errOut)
	}
	_, out, _ = runCheckCmd(t, "", "check", "--require", "governance", checkPlanPath("model-en"))
	if strings.Contains(out, "is required") {
		t.Errorf("a plan that answers governance is told it is required:\n%s", out)
	}
}
