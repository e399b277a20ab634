package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// These tests build the program once and run it as a user would: in a
// folder of their own, with files, pipes and exit codes.

// binary is the program under test, built once by TestMain; other
// end-to-end tests in this package (serve_test.go) run it too.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "socialstrategy-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "socialstrategy")
	// What the binary remembers of the documents it wrote stays here.
	os.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the program did.
type result struct {
	code           int
	stdout, stderr string
}

// runBinary runs the program in dir with the given standard input.
func runBinary(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	// A plain pipe, as in a script: no colours, no terminal.
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TERM=dumb", "CLICOLOR_FORCE=", "LANG=C")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{cmd.ProcessState.ExitCode(), out.String(), errOut.String()}
}

// workdir returns a fresh folder holding the given files.
func workdir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// golden returns a document the templates package's golden tests hold.
func golden(t *testing.T, name string) string {
	t.Helper()
	return readFile(t, filepath.Join("..", "..", "templates", "testdata", "TestGolden", name+".golden"))
}

func marshal(t *testing.T, p *strategy.Plan) string {
	t.Helper()
	data, err := strategy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Answers files the tests use.
var (
	validPlan   = "version: 1\norganisation: {name: Solsiden Bakeri}\npresence: active\nchannels: [{id: instagram}]\n"
	invalidPlan = "version: 1\norganisation:\n  name: Solsiden Bakeri\npresence: active\nchannels:\n  - id: instagram\n    purposes: [sell]\ncolour: red\n"
	nonePlan    = "version: 1\nlanguage: nb\norganisation: {name: Kro}\npresence: none\nno_presence_reason: Ikke nå\n"
)

// fileError is how an error about a place in a file starts.
var fileError = regexp.MustCompile(`^[\w./<>-]+:\d+:\d+: `)

func TestExampleThenRender(t *testing.T) {
	// `socialstrategy example | socialstrategy render -` gives the model
	// document, in both languages.
	for _, lang := range strategy.Languages {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			ex := runBinary(t, dir, "", "example", "--lang", lang)
			if ex.code != 0 || ex.stderr != "" || ex.stdout != marshal(t, strategy.Example(lang)) {
				t.Fatalf("example --lang %s = %d, %q, stderr %q; want 0 and the example", lang, ex.code, ex.stdout, ex.stderr)
			}
			r := runBinary(t, dir, ex.stdout, "render", "-")
			if want := golden(t, lang+"_example"); r.code != 0 || r.stderr != "" || r.stdout != want {
				t.Errorf("render - = %d, stderr %q, stdout\n%s\nwant 0 and\n%s", r.code, r.stderr, r.stdout, want)
			}
		})
	}
}

func TestRenderToFile(t *testing.T) {
	dir := workdir(t, map[string]string{"plan.yaml": marshal(t, strategy.Example(strategy.LangEnglish))})
	tests := []struct {
		name string
		args []string
		out  string // the file written
		want string // its golden document
	}{
		{"-o", []string{"render", "plan.yaml", "-o", "out.md"}, "out.md", "en_example"},
		{"--output into a sub-folder", []string{"render", "--output", "docs/strategy.md", "plan.yaml"}, "docs/strategy.md", "en_example"},
		{"--lang nb", []string{"render", "plan.yaml", "--lang", "nb", "-o", "nb.md"}, "nb.md", "en_example_lang_nb"},
		{"--with-checklist", []string{"render", "--with-checklist", "plan.yaml", "-o", "check.md"}, "check.md", "en_example_checklist"},
	}
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, dir, "", tt.args...)
			note := "" // a document in another language than its answers says so
			if tt.name == "--lang nb" {
				note = "Merk: overskriftene er på bokmål; svarene står slik de ble skrevet (engelsk).\n"
			}
			if r.code != 0 || r.stdout != "" || r.stderr != note {
				t.Fatalf("%v = %d, stdout %q, stderr %q; want 0, no output and stderr %q", tt.args, r.code, r.stdout, r.stderr, note)
			}
			path := filepath.Join(dir, tt.out)
			if got, want := readFile(t, path), golden(t, tt.want); got != want {
				t.Errorf("%v wrote\n%s\nwant\n%s", tt.args, got, want)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
				t.Errorf("%v wrote %s with mode %v, %v; want 0644", tt.args, tt.out, fi.Mode().Perm(), err)
			}
		})
	}
	noTempFiles(t, dir)
}

// TestRenderChecklistLists: render ends the document with the open
// points, as the wizard writes it, so that rendering again does not drop
// them; --with-checklist=false leaves them out.
func TestRenderChecklistLists(t *testing.T) {
	dir := workdir(t, map[string]string{"plan.yaml": validPlan})
	const open = "## Still to be decided\n\n- [ ] What the organisation does\n"
	for _, args := range [][]string{{"render", "plan.yaml", "--with-checklist"}, {"render", "plan.yaml"}} {
		r := runBinary(t, dir, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout, open) {
			t.Errorf("%q = %d, %q; want the open points", args, r.code, r.stdout)
		}
	}
	r := runBinary(t, dir, "", "render", "plan.yaml", "--with-checklist=false")
	if r.code != 0 || strings.Contains(r.stdout, "Still to be decided") {
		t.Errorf("render --with-checklist=false = %d, %q; want no open points", r.code, r.stdout)
	}
}

func TestFailedRenderKeepsOutput(t *testing.T) {
	// Whatever goes wrong, an existing document is left byte for byte as
	// it was, with its permissions, and nothing else is left behind.
	const precious = "# My edited strategy\n\nDo not lose this.\n"
	tests := []struct {
		name     string
		files    map[string]string
		args     []string
		wantCode int
		wantErr  string // start of standard error
	}{
		{"invalid plan", map[string]string{"plan.yaml": invalidPlan}, []string{"render", "plan.yaml", "-o", "out.md"}, 1, "plan.yaml:7:16: channels[0].purposes[0]: unknown purpose"},
		{"missing plan", nil, []string{"render", "plan.yaml", "-o", "out.md"}, 1, "plan.yaml: no such file"},
		{"YAML error", map[string]string{"plan.yaml": "version: [1\n"}, []string{"render", "plan.yaml", "-o", "out.md"}, 1, "plan.yaml:1:10: the list that starts with [ here is not closed; end it with ]"},
		{"template syntax error", map[string]string{"plan.yaml": validPlan, "my.md.tmpl": "# {{text .Organisation.Name}}\n{{if}}\n"}, []string{"render", "plan.yaml", "--template", "my.md.tmpl", "-o", "out.md"}, 1, "template: my.md.tmpl:2: missing value for if"},
		{"template error while rendering", map[string]string{"plan.yaml": validPlan, "my.md.tmpl": "# {{text .Organisation.Name}}\n\n{{.Nope}}\n"}, []string{"render", "plan.yaml", "--template", "my.md.tmpl", "-o", "out.md"}, 1, "template: my.md.tmpl:3:2: executing"},
		{"missing template", map[string]string{"plan.yaml": validPlan}, []string{"render", "plan.yaml", "--template", "nope.md.tmpl", "-o", "out.md"}, 1, "open nope.md.tmpl: no such file or directory"},
		{"unknown language", map[string]string{"plan.yaml": validPlan}, []string{"render", "plan.yaml", "--lang", "de", "-o", "out.md"}, 2, `unknown language "de" for --lang (known: en, nb, nn)`},
		{"stdin too large", nil, []string{"render", "-", "-o", "out.md"}, 1, "<stdin>: file is larger than 1024 KiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := workdir(t, tt.files)
			out := filepath.Join(dir, "out.md")
			if err := os.WriteFile(out, []byte(precious), 0o600); err != nil {
				t.Fatal(err)
			}
			stdin := ""
			if tt.name == "stdin too large" {
				stdin = strings.Repeat("# padding\n", strategy.MaxFileSize/10+1)
			}
			r := runBinary(t, dir, stdin, tt.args...)
			if r.code != tt.wantCode || !strings.HasPrefix(r.stderr, tt.wantErr) || r.stdout != "" {
				t.Errorf("%v = %d, stdout %q, stderr %q; want %d and stderr starting %q", tt.args, r.code, r.stdout, r.stderr, tt.wantCode, tt.wantErr)
			}
			if got := readFile(t, out); got != precious {
				t.Errorf("%v changed out.md to %q, want it untouched", tt.args, got)
			}
			if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("%v changed out.md's mode to %v, %v; want 0600", tt.args, fi.Mode().Perm(), err)
			}
			noTempFiles(t, dir)
		})
	}
}

func TestRenderOverwrites(t *testing.T) {
	// A successful render replaces the document and keeps its permissions;
	// one it did not write, only with --force (see TestRenderKeepsHandEdits).
	dir := workdir(t, map[string]string{"plan.yaml": nonePlan})
	out := filepath.Join(dir, "out.md")
	if err := os.WriteFile(out, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, dir, "", "render", "plan.yaml", "-o", "out.md", "--force")
	if got := readFile(t, out); r.code != 0 || !strings.HasPrefix(got, "# Kro – strategi for sosiale medier\n") {
		t.Errorf("render -o out.md = %d (stderr %q), out.md = %q; want 0 and the document", r.code, r.stderr, got)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("render -o out.md left mode %v, %v; want 0600 as before", fi.Mode().Perm(), err)
	}
	if got := readFile(t, filepath.Join(dir, "out.edited.md")); got != "old" {
		t.Errorf("out.edited.md = %q, want the file replaced", got)
	}
	noTempFiles(t, dir)
}

func TestExitCodes(t *testing.T) {
	files := map[string]string{"plan.yaml": validPlan, "bad.yaml": invalidPlan}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // exact standard output
		wantErr  string // start of standard error
	}{
		{"render ok", []string{"render", "plan.yaml"}, 0, "", ""},
		{"validate ok", []string{"validate", "plan.yaml"}, 0, "plan.yaml: valid; 2 of 30 points decided\n", ""},
		{"version", []string{"--version"}, 0, "", ""},
		{"help", []string{"render", "--help"}, 0, "", ""},
		{"template alone shows its help", []string{"template"}, 0, "", ""},

		{"render invalid", []string{"render", "bad.yaml"}, 1, "", "bad.yaml:7:16: channels[0].purposes[0]: unknown purpose \"sell\""},
		{"validate invalid", []string{"validate", "bad.yaml"}, 1, "", "bad.yaml:7:16: channels[0].purposes[0]: unknown purpose \"sell\""},
		{"render missing file", []string{"render", "missing.yaml"}, 1, "", "missing.yaml: no such file; start one with `socialstrategy` or `socialstrategy example -o missing.yaml`"},
		{"render a folder", []string{"render", "."}, 1, "", "read .: is a directory"},
		{"render into a folder", []string{"render", "plan.yaml", "-o", "."}, 1, "", "write .: not a regular file"},

		{"unknown flag", []string{"render", "--bogus", "plan.yaml"}, 2, "", "unknown flag: --bogus\nTry --help for usage.\n"},
		{"unknown shorthand flag", []string{"validate", "-z", "plan.yaml"}, 2, "", "unknown shorthand flag: 'z' in -z\nTry --help for usage.\n"},
		{"flag without its value", []string{"render", "plan.yaml", "-o"}, 2, "", "flag needs an argument: 'o' in -o\nTry --help for usage.\n"},
		{"render without a file", []string{"render"}, 2, "", "socialstrategy render needs one answers file (or - for standard input); see socialstrategy render --help\n"},
		{"render two files", []string{"render", "plan.yaml", "bad.yaml"}, 2, "", "socialstrategy render needs one answers file"},
		{"validate without a file", []string{"validate"}, 2, "", "socialstrategy validate needs at least one answers file"},
		{"render unknown --lang", []string{"render", "plan.yaml", "--lang", "sv"}, 2, "", "unknown language \"sv\" for --lang (known: en, nb, nn)\n"},
		{"example unknown --lang", []string{"example", "--lang", "de"}, 2, "", "unknown language \"de\" for --lang (known: en, nb, nn)\n"},
		{"example with an argument", []string{"example", "plan.yaml"}, 2, "", "socialstrategy example takes no arguments, got \"plan.yaml\"\n"},
		{"unknown template", []string{"template", "show", "de"}, 2, "", "no built-in template \"de\" (known: en, nb, nn)\n"},
		{"template show without a name", []string{"template", "show"}, 2, "", "socialstrategy template show needs a template name (en, nb, nn)"},
		{"unknown subcommand of template", []string{"template", "print", "en"}, 2, "", "unknown command \"print\" for \"socialstrategy template\""},
		{"unknown command", []string{"rendr", "plan.yaml"}, 2, "", "unknown command \"rendr\" for \"socialstrategy\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, workdir(t, files), "", tt.args...)
			if r.code != tt.wantCode {
				t.Errorf("%v exit code = %d, want %d (stderr %q)", tt.args, r.code, tt.wantCode, r.stderr)
			}
			if tt.wantOut != "" && r.stdout != tt.wantOut {
				t.Errorf("%v stdout = %q, want %q", tt.args, r.stdout, tt.wantOut)
			}
			if tt.wantCode != 0 && r.stdout != "" {
				t.Errorf("%v stdout = %q, want nothing when failing", tt.args, r.stdout)
			}
			if tt.wantCode == 0 && r.stderr != "" {
				t.Errorf("%v stderr = %q, want nothing", tt.args, r.stderr)
			}
			if !strings.HasPrefix(r.stderr, tt.wantErr) {
				t.Errorf("%v stderr = %q, want it to start with %q", tt.args, r.stderr, tt.wantErr)
			}
		})
	}
}

func TestInvalidErrorsNamePlaces(t *testing.T) {
	// Every problem is its own line on standard error, starting with
	// file:line:col, and a count follows.
	dir := workdir(t, map[string]string{"bad.yaml": invalidPlan})
	r := runBinary(t, dir, "", "render", "bad.yaml")
	want := "bad.yaml:7:16: channels[0].purposes[0]: unknown purpose \"sell\" (known: inspire, share, promote, advocate, listen, support, incident, recruit, internal)\n" +
		"bad.yaml:8:1: colour: unknown key \"colour\" (known: version, language, document, organisation, presence, no_presence_reason, instead, revisit_triggers, channels, declined_channels, content, resources, voice, governance, responses, listening, reporting, review, set_aside)\n" +
		"2 problems found.\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("render bad.yaml = %d, stderr\n%s\nwant 1 and\n%s", r.code, r.stderr, want)
	}
	for _, l := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")[:2] {
		if !fileError.MatchString(l) {
			t.Errorf("render bad.yaml error line %q does not start with file:line:col", l)
		}
	}
	// From standard input the file is called <stdin>.
	r = runBinary(t, dir, invalidPlan, "validate", "-")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "<stdin>:7:16: channels[0].purposes[0]: ") {
		t.Errorf("validate - = %d, %q; want 1 and errors naming <stdin>", r.code, r.stderr)
	}
}

func TestValidateSeveralFiles(t *testing.T) {
	dir := workdir(t, map[string]string{
		"a.yaml":   validPlan,
		"b.yaml":   invalidPlan,
		"c.yaml":   nonePlan,
		"d.yaml":   "version: 3\norganisation: {name: X}\npresence: none\nno_presence_reason: y\n",
		"ex.yaml":  marshal(t, strategy.Example(strategy.LangBokmal)),
		"bin.yaml": "\x00\x01binary",
	})
	tests := []struct {
		name     string
		files    []string
		wantCode int
		wantOut  string
		wantErr  string // all of standard error
	}{
		{
			"all valid",
			[]string{"a.yaml", "c.yaml", "ex.yaml"},
			0,
			"a.yaml: valid; 2 of 30 points decided\nc.yaml: valid; 2 of 6 points decided\nex.yaml: valid; 38 of 38 points decided\n",
			"",
		},
		{
			"some invalid: each file is checked and every problem reported",
			[]string{"b.yaml", "a.yaml", "missing.yaml", "d.yaml", "bin.yaml", "c.yaml"},
			1,
			"a.yaml: valid; 2 of 30 points decided\nc.yaml: valid; 2 of 6 points decided\n",
			"b.yaml:7:16: channels[0].purposes[0]: unknown purpose \"sell\" (known: inspire, share, promote, advocate, listen, support, incident, recruit, internal)\n" +
				"b.yaml:8:1: colour: unknown key \"colour\" (known: version, language, document, organisation, presence, no_presence_reason, instead, revisit_triggers, channels, declined_channels, content, resources, voice, governance, responses, listening, reporting, review, set_aside)\n" +
				"missing.yaml: no such file; start one with `socialstrategy` or `socialstrategy example -o missing.yaml`\n" +
				"d.yaml:1:10: version: unsupported version 3; this socialstrategy reads versions 1 to 2\n" +
				"bin.yaml: not a text file; an answers file is YAML text in UTF-8 (try `socialstrategy example`)\n" +
				"5 problems found.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, dir, "", append([]string{"validate"}, tt.files...)...)
			if r.code != tt.wantCode || r.stdout != tt.wantOut || r.stderr != tt.wantErr {
				t.Errorf("validate %v = %d\nstdout:\n%s\nstderr:\n%s\nwant %d\nstdout:\n%s\nstderr:\n%s", tt.files, r.code, r.stdout, r.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"en", "nb"} {
		r := runBinary(t, dir, "", "template", "show", name)
		if want := readFile(t, filepath.Join("..", "..", "templates", name+".md.tmpl")); r.code != 0 || r.stdout != want {
			t.Errorf("template show %s = %d, %q; want 0 and the template", name, r.code, r.stdout)
		}
	}
	if r := runBinary(t, dir, "", "template", "list"); r.code != 0 || r.stdout != "en\nnb\nnn\n" {
		t.Errorf("template list = %d, %q; want 0 and %q", r.code, r.stdout, "en\nnb\nnn\n")
	}

	// A printed template renders as the built-in does; an edited one
	// renders the user's words with the same functions.
	show := runBinary(t, dir, "", "template", "show", "en")
	edited := strings.Replace(show.stdout, "# Social media strategy for", "# Our plan for", 1)
	for name, src := range map[string]string{"copy.md.tmpl": show.stdout, "edited.md.tmpl": edited} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ex := marshal(t, strategy.Example(strategy.LangEnglish))
	want := golden(t, "en_example")
	if r := runBinary(t, dir, ex, "render", "-", "--template", "copy.md.tmpl"); r.code != 0 || r.stdout != want {
		t.Errorf("render --template copy.md.tmpl = %d, stderr %q; want 0 and the built-in document", r.code, r.stderr)
	}
	want = strings.Replace(want, "# Social media strategy for", "# Our plan for", 1)
	if r := runBinary(t, dir, ex, "render", "-", "--template", "edited.md.tmpl"); r.code != 0 || r.stdout != want {
		t.Errorf("render --template edited.md.tmpl = %d, %q (stderr %q); want 0 and the edited document", r.code, r.stdout, r.stderr)
	}
}

func TestExampleToFile(t *testing.T) {
	dir := t.TempDir()
	r := runBinary(t, dir, "", "example", "--lang", "nb", "-o", "plan.yaml")
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("example --lang nb -o plan.yaml = %d, %q, %q; want 0 and no output", r.code, r.stdout, r.stderr)
	}
	p, err := strategy.Load(filepath.Join(dir, "plan.yaml"))
	if err != nil || p.Language != strategy.LangBokmal || p.Organisation.Name != "Solsiden Bakeri" {
		t.Errorf("Load(example --lang nb) = %+v, %v; want the valid bokmål example", p, err)
	}
	if r := runBinary(t, dir, "", "validate", "plan.yaml"); r.code != 0 || r.stdout != "plan.yaml: valid; 38 of 38 points decided\n" {
		t.Errorf("validate (example) = %d, %q, %q; want 0 and all points decided", r.code, r.stdout, r.stderr)
	}
}

func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".tmp") {
			t.Errorf("a temporary file was left behind: %s", path)
		}
		return nil
	})
}

func TestTooManyProblems(t *testing.T) {
	// A file with thousands of problems lists the first hundred and counts
	// them all.
	dir := workdir(t, map[string]string{"many.yaml": "channels:\n" + strings.Repeat("- {q: 1}\n", 1000)})
	r := runBinary(t, dir, "", "validate", "many.yaml")
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	want := []string{"many.yaml: 1904 more problems not shown; fix the ones above first", "2003 problems found."}
	if r.code != 1 || len(lines) != 101 || !slices.Equal(lines[99:], want) {
		t.Errorf("validate many.yaml = %d, %d lines ending %q; want 1, 101 lines ending %q", r.code, len(lines), lines[max(0, len(lines)-2):], want)
	}
}

// TestRenderOtherLanguageSaysSo: a bokmål plan rendered in nynorsk or
// English gets a note, in the language asked for, that only the headings
// change; rendering in the plan's own language says nothing.
func TestRenderOtherLanguageSaysSo(t *testing.T) {
	dir := workdir(t, map[string]string{"plan.yaml": nonePlan})
	for _, tc := range []struct{ lang, note string }{
		{"nn", "Merk: overskriftene er på nynorsk; svara står slik dei vart skrivne (bokmål).\n"},
		{"en", "Note: the headings are in English; the answers stay as they were written (bokmål).\n"},
		{"nb", ""},
	} {
		r := runBinary(t, dir, "", "render", "plan.yaml", "--lang", tc.lang)
		if r.code != 0 || r.stderr != tc.note {
			t.Errorf("render --lang %s = %d, stderr %q; want 0 and %q", tc.lang, r.code, r.stderr, tc.note)
		}
	}
}
