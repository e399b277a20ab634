package strategy

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// hostileTexts are answers that mean something to YAML, Markdown or a
// terminal. Each is already clean: Clean leaves it as it is.
var hostileTexts = []string{
	"yes", "no", "null", "~", "true", "0x10", "1e3", "2027-06-01", "-1",
	"# not a comment", "#hashtag", "a # b", "- not a list", "-- dash", "---", "...", "? key", ": value",
	"key: value", "{a: b}", "[a, b]", "*alias", "&anchor", "!tag", "%YAML", "@at", "`tick`", "|", ">",
	`"double" and 'single' quotes`, `'`, `"`, `\`, `C:\path\n`,
	"two\nlines", "para one\n\npara two", "tab\tinside", "trailing spaces  \nnext", "line\n  indented",
	"æøå ÆØÅ", "🎉 emoji 👩‍👩‍👧", "مرحبا", "日本語", "zero\u200bwidth", "line\u2028separator", "nbsp\u00a0inside",
	"{{ .Plan }}", "<script>alert(1)</script>", "&amp;", "[link](x)", "| a | b |",
}

// hostilePlan returns a valid plan with a hostile text in every field and
// list that takes free text.
func hostilePlan(t testing.TB) *Plan {
	t.Helper()
	n := 0
	next := func() string {
		s := hostileTexts[n%len(hostileTexts)]
		n++
		return s
	}
	list := func() []string { return []string{next(), next(), next()} }
	p := &Plan{
		Version:  Version,
		Language: LangEnglish,
		Document: Document{Version: next(), Date: next(), Authors: list(), ApprovedBy: next(), ValidUntil: next()},
		Organisation: Organisation{Name: next(), Kind: KindClub, About: next(), Objectives: list(), Audiences: []Audience{
			{Name: next()}, {Name: next(), Why: next(), Where: list(), Wants: next()},
		}},
		Presence:         PresenceActive,
		DeclinedChannels: []Declined{{ID: "tiktok", Reason: next()}, {ID: next()}},
		Content:          Content{Themes: list(), OffLimits: list(), Planning: next()},
		Resources:        Resources{HoursPerWeek: next(), Budget: next(), Tools: list()},
		Voice:            Voice{Tone: next(), Spokespeople: SpeakDesignated, SpokespeopleNames: list(), Guidelines: list(), PrivateUse: list()},
		Governance:       Governance{Approval: next(), Security: list(), Accessibility: list(), Legal: list(), Training: next()},
		Responses: Responses{
			Hours:      next(),
			Praise:     Response{Approach: next(), ResponseTime: next(), Owner: next(), Escalation: next()},
			Criticism:  Response{Approach: next(), ResponseTime: next(), Owner: next(), Escalation: next()},
			Moderation: next(),
			Incident: Incident{Lead: next(), Deputy: next(), Contacts: list(), Scenarios: list(), FirstSteps: list(),
				Channels: list(), HoldingStatement: next(), UpdateInterval: next(), Afterwards: next()},
		},
		Listening: Listening{Terms: list(), Frequency: next(), Owner: next(), Tools: list()},
		Reporting: Reporting{Cadence: next(), Owner: next(), To: next()},
		Review:    Review{Cadence: next(), Owner: next()},
	}
	for n < 3*len(hostileTexts) {
		p.Channels = append(p.Channels, Channel{
			ID:       fmt.Sprintf("%s %d", next(), len(p.Channels)),
			Account:  next(),
			Why:      next(),
			Purposes: []string{"inspire", "incident", "recruit"},
			Themes:   list(),
			Goal:     next(), Baseline: next(), Measures: list(), Audience: next(), Owner: next(), Deputy: next(),
			Cadence: next(), Checked: next(), Tone: next(),
		})
	}
	if errs := p.Validate(); errs != nil {
		t.Fatalf("hostilePlan().Validate() = %v, want nil", errs)
	}
	return p
}

func TestHostileTextsAreClean(t *testing.T) {
	for _, s := range hostileTexts {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	none := &Plan{
		Version: Version, Language: LangBokmal,
		Organisation:     Organisation{Name: "Kafé Null", About: "null"},
		Presence:         PresenceNone,
		NoPresenceReason: "Kundene våre er ikke der\n\n- ennå",
		Review:           Review{Cadence: "yes"},
	}
	tests := []struct {
		name string
		plan *Plan
	}{
		{"example en", Example(LangEnglish)},
		{"example nb", Example(LangBokmal)},
		{"hostile text", hostilePlan(t)},
		{"presence none", none},
		{"required only", &Plan{Version: Version, Language: LangEnglish, Organisation: Organisation{Name: "A"}, Presence: PresenceActive, Channels: []Channel{{ID: "x"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Marshal(tt.plan)
			if err != nil {
				t.Fatalf("Marshal() error = %v", err)
			}
			got, err := Parse("saved.yaml", data)
			if err != nil {
				t.Fatalf("Parse(Marshal(p)) error = %v\nfile:\n%s", err, data)
			}
			if !reflect.DeepEqual(got, tt.plan) {
				t.Errorf("Parse(Marshal(p)) =\n%#v\nwant\n%#v\nfile:\n%s", got, tt.plan, data)
			}
			again, err := Marshal(got)
			if err != nil || !bytes.Equal(again, data) {
				t.Errorf("Marshal(Parse(Marshal(p))) = %q, %v; want the same bytes as the first Marshal", again, err)
			}
		})
	}
}

func TestMarshalComments(t *testing.T) {
	data, err := Marshal(Example(LangEnglish))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	// Every top-level key is explained just above it, and the lists of ids
	// are on one line, as people write them.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" && l[0] != ' ' && l[0] != '#' && l[0] != '-' {
			if i == 0 || !strings.HasPrefix(lines[i-1], "# ") {
				t.Errorf("Marshal(Example(en)) line %d %q has no comment above it", i+1, l)
			}
		}
	}
	for _, want := range []string{
		"# Format version: 2 (version 1 files still load; `socialstrategy upgrade FILE` rewrites them).\nversion: 2\n",
		"# Language of the document:\n# en (English), nb (Norwegian bokmål), nn (Norwegian nynorsk)\nlanguage: en\n",
		"\n# Whether we will be on social media at all:\n# active (we will be on social media), none (we decide not to be, and say why in no_presence_reason)\npresence: active\n",
		"#   kind: Kind of organisation; one of business, public (Public body), nonprofit, club (Club or team),\n#       education (School or university)\n",
		"#   spokespeople: Who may speak for us; one of everyone (Everyone in the organisation), designated\n",
		"#   purposes: what we use it for; any of inspire (Inspire and engage), share (Share useful content and\n",
		"#       communication)\n#   baseline: where we start\n",
		"    purposes: [inspire, promote, listen]\n",
		"    channels: [facebook, instagram]\n",
		"      where: [instagram, facebook]\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("Marshal(Example(en)) has no %q; got:\n%s", want, s)
		}
	}
	// Presence none, from a version 1 plan: saving writes version 2; the
	// reason gets its comment, absent sections none; an audience with only
	// a name is written as a plain string.
	data, err = Marshal(&Plan{Version: 1, Language: "en", Organisation: Organisation{Name: "A", Audiences: []Audience{{Name: "C"}}},
		Presence: PresenceNone, NoPresenceReason: "B"})
	if err != nil {
		t.Fatal(err)
	}
	s = string(data)
	for _, want := range []string{
		"# socialstrategy answers file. Edit by hand or with `socialstrategy edit FILE`;\n" +
			"# check with `socialstrategy validate FILE`, print with `socialstrategy render FILE`.\n" +
			"# Format version: 2 (version 1 files still load; `socialstrategy upgrade FILE` rewrites them).\nversion: 2\n\n" +
			"# Language of the document:\n# en (English), nb (Norwegian bokmål), nn (Norwegian nynorsk)\nlanguage: en\n\n" +
			"# Who the plan is for. An audience is a name, or: name, why (the reason it matters),\n" +
			"# where (channel ids) and wants (what they want from us).\n" +
			"#   name: Name of the organisation\n",
		"#   about: What the organisation does\n",
		"#   audiences: Who we want to reach\n" +
			"organisation:\n  name: A\n  audiences:\n    - C\n\n" +
			"# Whether we will be on social media at all:\n# active (we will be on social media), none (we decide not to be, and say why in no_presence_reason)\npresence: none\n\n" +
			"# Why we are not on social media.\n# Only with presence: none.\nno_presence_reason: B\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("Marshal(presence none) has no\n%s\ngot:\n%s", want, s)
		}
	}
	if !strings.HasSuffix(s, "no_presence_reason: B\n") {
		t.Errorf("Marshal(presence none) writes more after the reason:\n%s", s)
	}
}

func TestSave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := Save(path, Example(LangBokmal)); err != nil {
		t.Fatalf("Save(%q) error = %v", path, err)
	}
	p, err := Load(path)
	if err != nil || !reflect.DeepEqual(p, Example(LangBokmal)) {
		t.Errorf("Load(Save(Example(nb))) = %v, %v; want the example back", p, err)
	}
}

// readOnlyHelperEnv names the file a re-run of this test binary tries to
// write, as another user, for TestWriteFile.
const readOnlyHelperEnv = "STRATEGY_TEST_WRITEFILE"

func TestMain(m *testing.M) {
	if path := os.Getenv(readOnlyHelperEnv); path != "" {
		if err := WriteFile(path, []byte("new")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// writeFileAsOtherUser calls WriteFile(path) in a process that cannot
// write to path's folder. Root can write anywhere, so under root the call
// runs in a copy of this test binary as the user nobody.
func writeFileAsOtherUser(t *testing.T, path string) error {
	t.Helper()
	if os.Geteuid() != 0 {
		return WriteFile(path, []byte("new"))
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	// The copy, the target and the folders above them must be open to
	// nobody; the target's own folder stays as the test made it.
	binDir := t.TempDir()
	for _, start := range []string{binDir, filepath.Dir(filepath.Dir(path))} {
		for d := start; strings.HasPrefix(d, os.TempDir()+string(filepath.Separator)); d = filepath.Dir(d) {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	copyPath := filepath.Join(binDir, "strategy.test")
	if err := os.WriteFile(copyPath, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(copyPath, "-test.run=^$")
	cmd.Env = append(os.Environ(), readOnlyHelperEnv+"="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		return fmt.Errorf("%s", bytes.TrimSpace(out))
	}
	if err != nil {
		t.Fatalf("run WriteFile as nobody: %v: %s", err, out)
	}
	return nil
}

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) string // returns the path to write
		wantErr string                                // empty: success
		check   func(t *testing.T, path string)
	}{
		{
			name:  "new file",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "out.md") },
			check: func(t *testing.T, path string) { wantFile(t, path, "new", 0o644) },
		},
		{
			name: "replaces and keeps permissions",
			setup: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "out.md")
				writeOld(t, path, 0o600)
				return path
			},
			check: func(t *testing.T, path string) { wantFile(t, path, "new", 0o600) },
		},
		{
			name: "keeps group-readable permissions",
			setup: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "out.md")
				writeOld(t, path, 0o640)
				return path
			},
			check: func(t *testing.T, path string) { wantFile(t, path, "new", 0o640) },
		},
		{
			name: "target is a folder",
			setup: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "out.md")
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
				writeOld(t, filepath.Join(path, "inside"), 0o644)
				return path
			},
			wantErr: "out.md: not a regular file",
			check: func(t *testing.T, path string) {
				wantFile(t, filepath.Join(path, "inside"), "old", 0o644)
			},
		},
		{
			name: "folder does not exist",
			setup: func(t *testing.T, dir string) string {
				return filepath.Join(dir, "missing", "out.md")
			},
			wantErr: "missing/out.md: open ",
			check: func(t *testing.T, path string) {
				if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
					t.Errorf("WriteFile(%q) made the folder: %v", path, err)
				}
			},
		},
		{
			name: "folder not writable",
			setup: func(t *testing.T, dir string) string {
				sub := filepath.Join(dir, "ro")
				if err := os.Mkdir(sub, 0o755); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(sub, "out.md")
				writeOld(t, path, 0o644)
				if err := os.Chmod(sub, 0o555); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(sub, 0o755) })
				return path
			},
			wantErr: "permission denied",
			check:   func(t *testing.T, path string) { wantFile(t, path, "old", 0o644) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(t, dir)
			var err error
			if tt.name == "folder not writable" {
				err = writeFileAsOtherUser(t, path)
			} else {
				err = WriteFile(path, []byte("new"))
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("WriteFile(%q) error = %v, want nil", path, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("WriteFile(%q) error = %v, want one containing %q", path, err, tt.wantErr)
			}
			tt.check(t, path)
			wantNoTempFiles(t, dir)
		})
	}
}

func TestWriteFileRelative(t *testing.T) {
	// A bare file name is written through a temporary file in the current
	// folder, not in the system's temporary folder (which may be another
	// file system, where the final rename fails).
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("TMPDIR", filepath.Join(dir, "no-such-tmp"))
	if err := WriteFile("out.md", []byte("new")); err != nil {
		t.Fatalf("WriteFile(%q) error = %v, want nil", "out.md", err)
	}
	wantFile(t, filepath.Join(dir, "out.md"), "new", 0o644)
	wantNoTempFiles(t, dir)
}

func writeOld(t *testing.T, path string, perm fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte("old"), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil { // past the umask
		t.Fatal(err)
	}
}

func wantFile(t *testing.T, path, content string, perm fs.FileMode) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil || string(data) != content {
		t.Errorf("ReadFile(%q) = %q, %v; want %q", path, data, err, content)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != perm {
		t.Errorf("Stat(%q) mode = %v, %v; want %v", path, fi.Mode().Perm(), err, perm)
	}
}

func wantNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".tmp") {
			t.Errorf("WriteFile left %s behind", path)
		}
		return nil
	})
}

func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	link := filepath.Join(dir, "link.md")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatalf("WriteFile(link) = %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.md is no longer a link (%v)", err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("real.md = %q, want %q", got, "new")
	}
}

// TestFileCommentsInTheLanguage: the answers file explains its keys in
// the plan's language, and names every value a choice takes.
func TestFileCommentsInTheLanguage(t *testing.T) {
	comments := func(lang string) (lines []string, all string) {
		data, err := Marshal(Example(lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
		// Unwrapped: a name may go on over two lines.
		return lines, strings.Join(strings.Fields(strings.ReplaceAll(strings.Join(lines, " "), "#", " ")), " ")
	}
	en, _ := comments(LangEnglish)
	for _, lang := range []string{LangBokmal, LangNynorsk} {
		lines, all := comments(lang)
		for _, l := range lines {
			if slices.Contains(en, l) {
				t.Errorf("Marshal(Example(%s)) has the English comment line %q", lang, l)
			}
		}
		p := Example(lang)
		for _, f := range DocumentFormats { // not a question: the document section's words name them
			if !strings.Contains(all, f+" (") {
				t.Errorf("Marshal(Example(%s)) comments do not name the format %s", lang, f)
			}
		}
		for _, q := range Questions {
			if !q.Applies(p) || q.Options == nil {
				continue
			}
			for _, o := range q.Options(p) {
				name := o.Name.In(lang)
				if strings.EqualFold(name, o.ID) {
					name = "" // the id says it
				}
				if !strings.Contains(all, o.ID) || !strings.Contains(all, name) {
					t.Errorf("Marshal(Example(%s)) comments do not name %s = %s (%s)", lang, q.Key, o.ID, o.Name.In(lang))
				}
			}
		}
	}
}

// TestFileCommentsHoldNoAnswer: the comments come from the catalogue
// alone; no answer, however hostile, reaches them (a line break there
// would turn text into keys).
func TestFileCommentsHoldNoAnswer(t *testing.T) {
	p := hostilePlan(t)
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var comments []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "#") {
			comments = append(comments, l)
		}
	}
	for _, s := range hostileTexts {
		if len(s) < 4 { // "no", "~": words and signs a comment may hold
			continue
		}
		for _, l := range comments {
			if strings.Contains(l, s) {
				t.Errorf("comment line %q holds the answer %q", l, s)
			}
		}
	}
}
