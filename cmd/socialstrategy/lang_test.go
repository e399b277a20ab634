package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestLangOf: --lang wins when it names a language, else the locale.
func TestLangOf(t *testing.T) {
	env := func(lang string) func(string) string {
		return func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		}
	}
	tests := []struct {
		args []string
		lang string
		want string
	}{
		{nil, "", "en"},
		{nil, "nn_NO.UTF-8", "nn"},
		{[]string{"check", "--lang", "nb", "x"}, "nn_NO.UTF-8", "nb"},
		{[]string{"render", "--lang=nn", "x"}, "C", "nn"},
		{[]string{"render", "--lang", "sv"}, "nb_NO", "nb"},
		{[]string{"--", "--lang", "nn"}, "", "en"},
	}
	for _, tt := range tests {
		if got := langOf(tt.args, env(tt.lang)); got != tt.want {
			t.Errorf("langOf(%q, LANG=%q) = %q, want %q", tt.args, tt.lang, got, tt.want)
		}
	}
}

// TestCLITextsComplete: every phrase the command line says itself is in
// bokmål and nynorsk with the English's format verbs; every command has
// its --help in both, and so has every flag.
func TestCLITextsComplete(t *testing.T) {
	for i, tx := range []strategy.Text{msgUnknownLang, msgUnknownSection, msgUnknownFormat, msgUnknownCommand, msgNoArgs, msgNeeds,
		msgProblems, msgTryHelp, msgValid, msgGapsRemain, msgFilesOf, msgWarning, msgUpgradeCurrent, msgUpgraded, msgWritten, msgDone, msgStopped, msgNothingSaved, msgInputEnded} {
		if ok, reason := tx.Complete(); !ok {
			t.Errorf("message %d = %+v: %s", i, tx, reason)
		}
	}
	cw := checkWords
	for i, tx := range []strategy.Text{cw.decided, cw.none, cw.invalid, cw.moreDetail, cw.file, cw.org, cw.colDecided, cw.gaps, cw.weak,
		cw.optOpen, cw.noneOpen, cw.stillOpen, cw.more} {
		if ok, reason := tx.Complete(); !ok {
			t.Errorf("checkWords %d = %+v: %s", i, tx, reason)
		}
	}
	if n := reflect.TypeOf(checkWords).NumField(); n != 13 {
		t.Errorf("checkWords has %d phrases; add the new ones to this test", n)
	}
	for k, tx := range argNames {
		if ok, reason := tx.Complete(); !ok || tx.En != k {
			t.Errorf("argNames[%q]: %s", k, reason)
		}
	}
	for k, tx := range osReasons {
		if ok, reason := tx.Complete(); !ok || tx.En != k {
			t.Errorf("osReasons[%q]: %s", k, reason)
		}
	}
	for _, c := range cobraErrors {
		if c.t.Nb == "" || c.t.Nn == "" {
			t.Errorf("cobraErrors %s: no nb or nn", c.re)
		}
	}
	root := newRoot()
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		path := strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), root.Name()), " ")
		if strings.HasPrefix(path, "completion ") {
			return // cobra's own, one per shell
		}
		h, ok := helpTexts[path]
		switch {
		case !ok:
			t.Errorf("command %q has no help in bokmål and nynorsk; add it to helpTexts in help.go", path)
		case h.Short.Nb == "" || h.Short.Nn == "" || (c.Long != "" && path != "help" && path != "completion" && (h.Long.Nb == "" || h.Long.Nn == "")):
			t.Errorf("helpTexts[%q] = %+v lacks bokmål or nynorsk", path, h)
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden || f.Name == "help" || f.Name == "version" {
				return
			}
			tx, ok := flagTexts[path+" --"+f.Name]
			if !ok {
				tx, ok = flagTexts["--"+f.Name]
			}
			if !ok || tx.Nb == "" || tx.Nn == "" {
				t.Errorf("flag %s --%s has no help in bokmål and nynorsk; add it to flagTexts in help.go", path, f.Name)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// englishWords are common English function words and the words of English
// messages. A Norwegian run that prints one has a message left in English.
// Words that are Norwegian too (to, for, at, by, no, i) are left out.
var englishWords = []string{"the", "and", "is", "are", "of", "with", "your", "you", "not", "this", "that", "from",
	"will", "what", "who", "how", "when", "has", "have", "or", "an", "was", "can", "should", "must", "there", "which",
	"into", "please", "found", "missing", "unknown", "file", "error", "answer", "answers", "type", "select",
	"confirm", "invalid", "number", "between", "options", "choose", "run", "see", "try", "usage", "needs", "takes",
	"in", "on", "it", "be", "saved", "written", "problems", "gaps", "gap", "weak", "remain", "valid", "decided", "points"}

// quoted is what a message quotes: user text, paths, flags, keys, commands.
var quoted = regexp.MustCompile("`[^`]*`|\"[^\"]*\"|«[^»]*»|'[^']*'|\\S*[./_=@:\\\\\\[\\]-]\\S*")

// englishIn returns the English words in s outside what it quotes.
func englishIn(s string) []string {
	s = quoted.ReplaceAllString(s, " ")
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzæøåé", r)
	}) {
		if slices.Contains(englishWords, w) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// runIn runs the built program in dir under the locale of lang (LC_ALL).
func runIn(t *testing.T, lang, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TERM=dumb", "CLICOLOR_FORCE=", "LANG=C", "LC_MESSAGES=", "LC_ALL="+lang+"_NO.UTF-8")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{cmd.ProcessState.ExitCode(), out.String(), errOut.String()}
}

// TestNoEnglish runs, for a person whose locale is bokmål and one whose is
// nynorsk, every command's error paths, check on the golden plans (with
// --lang, since check otherwise speaks each plan's language) and the
// accessible interview end to end, and finds no English sentence in what
// they are told. Brand names, paths, flags, keys and the person's own text
// are quoted or Norwegian, so they do not count.
func TestNoEnglish(t *testing.T) {
	checkPlans, err := filepath.Glob(filepath.Join("testdata", "check", "*.yaml"))
	if err != nil || len(checkPlans) == 0 {
		t.Fatalf("no golden plans: %v", err)
	}
	for i, p := range checkPlans {
		if checkPlans[i], err = filepath.Abs(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{strategy.LangBokmal, strategy.LangNynorsk} {
		t.Run(lang, func(t *testing.T) {
			plan := marshal(t, strategy.Example(lang))
			old, err := os.ReadFile(filepath.Join("..", "..", "testdata", "v1", "example_"+lang+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			bad := "version: 1\nlanguage: " + lang + "\norganisation:\n  name: \"\"\n  colour: red\npresence: maybe\nchannels:\n  - id: instagram\n    purposes: [sell, sel]\n  - id: instagram\n"
			dir := workdir(t, map[string]string{
				"plan.yaml":   plan,
				"bad.yaml":    bad,
				"tab.yaml":    "version: 1\nlanguage: " + lang + "\norganisation:\n\tname: X\n",
				"colon.yaml":  "version: 1\nlanguage: " + lang + "\norganisation:\n  name: Kro: og kafé\n",
				"unset.yaml":  "version: 1\norganisation: [a, b]\n",
				"empty.yaml":  "",
				"binary.yaml": "\x00\x01",
				"old.yaml":    string(old),
			})
			runs := [][]string{
				{"validate"}, {"validate", "missing.yaml"}, {"validate", "bad.yaml", "tab.yaml", "colon.yaml", "unset.yaml", "empty.yaml", "binary.yaml"},
				{"validate", "plan.yaml"},
				{"render"}, {"render", "plan.yaml", "--format", "pdf"}, {"render", "--bogus"}, {"render", "plan.yaml", "--format", "docx", "-o", "strategi.docx"},
				{"render", "plan.yaml", "-o"}, {"render", "bad.yaml"},
				{"example", "--lang", "xx"}, {"example", "extra"},
				{"template", "show"}, {"template", "show", "de"}, {"template", "nosuch"},
				{"check"}, {"check", "--format", "xml", "plan.yaml"}, {"check", "bad.yaml"},
				{"check", "--lang", lang, "--strict", checkPlans[0]},
				append([]string{"check", "--lang", lang, "-v", "--strict"}, checkPlans...),
				{"edit", "missing.yaml"}, {"new"}, {"new", "--theme", "x"}, {"new", "--answers", "plan.yaml"},
				{"nosuch"},
				{"serve", "--listen", "0.0.0.0:2222"}, {"serve", "--listen", "2222"}, {"serve", "--code", "abc"},
				{"serve", "--fps", "0"}, {"serve", "--max-sessions", "0"},
				{"workshop", "status", "--data", "nowhere"},
				{"upgrade", "old.yaml"}, {"upgrade", "old.yaml"}, {"upgrade", "-"}, {"upgrade", "missing.yaml"},
			}
			for _, args := range runs {
				r := runIn(t, lang, dir, "", args...)
				for _, s := range []string{r.stdout, r.stderr} {
					for _, line := range strings.Split(s, "\n") {
						if w := englishIn(line); w != nil {
							t.Errorf("%v says %q, with the English %q", args, line, w)
						}
					}
				}
			}

			// The accessible interview, chosen language and all, to the
			// document, with one refused answer on the way: once as a public
			// body (2), whose words the presence question then uses, and
			// once as the business offered (an empty answer).
			choice := map[string]string{strategy.LangBokmal: "2", strategy.LangNynorsk: "3"}[lang]
			in := strings.Join([]string{choice, "Fjellstova", "2", "Overnatting og kafé", "Turgåere; Hytteeiere", "9"}, "\n") + "\n"
			r := runIn(t, lang, dir, in, "new", "--accessible", "--answers", "a.yaml", "-o", "a.md")
			if r.code != 1 {
				t.Errorf("accessible run with a refused answer = %d, want 1", r.code)
			}
			in = strings.Join([]string{choice, "Fjellstova", "", "Overnatting og kafé", "Turgåere; Hytteeiere", "2",
				"Gjestene finner oss gjennom turistforeningen", "januar 2027", "Marit"}, "\n") + "\n"
			r2 := runIn(t, lang, dir, in, "new", "--accessible", "--answers", "b.yaml", "-o", "b.md")
			if r2.code != 0 {
				t.Errorf("accessible run = %d, stderr %q", r2.code, r2.stderr)
			}
			for _, s := range []string{r.stdout, r.stderr, r2.stdout, r2.stderr} {
				for _, line := range strings.Split(s, "\n") {
					if w := englishIn(line); w != nil {
						t.Errorf("accessible mode says %q, with the English %q", line, w)
					}
				}
			}
			md, err := os.ReadFile(filepath.Join(dir, "b.md"))
			if err != nil {
				t.Fatal(err)
			}
			if w := englishIn(string(md)); w != nil {
				t.Errorf("the accessible interview's document has the English %q:\n%s", w, md)
			}

			// --help: the short and long descriptions follow the locale.
			h := runIn(t, lang, dir, "", "check", "--help")
			if want := helpTexts["check"].Short.In(lang); !strings.Contains(strings.Join(strings.Fields(h.stdout), " "), strings.Join(strings.Fields(helpTexts["check"].Long.In(lang))[:6], " ")) {
				t.Errorf("check --help under %s does not give the description in %s (%q):\n%s", lang, lang, want, h.stdout)
			}
		})
	}
}
