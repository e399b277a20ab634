package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// kindPlans loads the plans in testdata/kinds, keyed by file name without
// .yaml ("club_nn"): one organisation of each kind that is not a business,
// in every language.
func kindPlans(t *testing.T) map[string]*strategy.Plan {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "kinds", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no plans in testdata/kinds: %v", err)
	}
	plans := map[string]*strategy.Plan{}
	for _, f := range files {
		p, err := strategy.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		plans[strings.TrimSuffix(filepath.Base(f), ".yaml")] = p
	}
	return plans
}

func TestGoldenKinds(t *testing.T) {
	// One document per kind and language, byte for byte; regenerate with
	// go test ./templates -run TestGoldenKinds -update and read the diff.
	// Every kind has its own plan in every language (nynorsk ones written
	// in nynorsk, not translated bokmål), and the bokmål plan is rendered
	// with the nynorsk template too, so the template's words are proved on
	// the same answers in both Norwegian standards.
	plans := kindPlans(t)
	for _, kind := range strategy.KindIDs()[1:] {
		for _, lang := range strategy.Languages {
			name := kind + "_" + lang
			p, ok := plans[name]
			if !ok {
				t.Errorf("testdata/kinds/%s.yaml is missing", name)
				continue
			}
			if p.Organisation.Kind != kind || p.Language != lang {
				t.Errorf("testdata/kinds/%s.yaml is a %s plan in %s", name, p.Organisation.Kind, p.Language)
			}
			t.Run(name, func(t *testing.T) { golden.RequireEqual(t, mustRender(t, p, Options{})) })
		}
		if p, ok := plans[kind+"_nb"]; ok {
			t.Run(kind+"_nb_lang_nn", func(t *testing.T) {
				golden.RequireEqual(t, mustRender(t, p, Options{Lang: strategy.LangNynorsk}))
			})
		}
	}
}

// businessWords are the words that make a document read as a company's:
// no fixed text may say them in a plan for another kind of organisation.
var businessWords = map[string]*regexp.Regexp{
	strategy.LangEnglish: regexp.MustCompile(`(?i)\bcustomers?\b|business plan|\bstaff\b|\bsales\b`),
	strategy.LangBokmal:  regexp.MustCompile(`(?i)kunde|forretningsplan|\bsalg\b`),
	strategy.LangNynorsk: regexp.MustCompile(`(?i)kund[ae]|forretningsplan|\bsal\b`),
}

func TestNoBusinessWords(t *testing.T) {
	// The kind's plans, and every kind applied to the model example (whose
	// own answers are replaced by tokens, so only the template speaks).
	for name, p := range kindPlans(t) {
		if md := mustRender(t, p, Options{Checklist: true}); businessWords[p.Language].MatchString(md) {
			t.Errorf("Render(%s) says %q, a business word:\n%s", name, businessWords[p.Language].FindString(md), md)
		}
	}
	for _, kind := range strategy.KindIDs()[1:] {
		for _, lang := range strategy.Languages {
			for _, base := range []*strategy.Plan{strategy.Example(lang), noPresence(lang), requiredOnly(lang)} {
				p := fillPlan(base, userToken)
				p.Organisation.Kind = kind
				p.Voice.Spokespeople = strategy.SpeakEveryone
				p.Channels = append(p.Channels, strategy.Channel{ID: "T999T", Purposes: strategy.PurposeIDs()})
				if !p.Active() {
					p.Channels = nil
				}
				md := mustRender(t, p, Options{Checklist: true})
				if w := businessWords[lang].FindString(md); w != "" {
					t.Errorf("Render(%s plan, %s, presence %s) says %q:\n%s", kind, lang, p.Presence, w, md)
				}
			}
		}
	}
	// The check can fail: the business plan says them.
	if md := mustRender(t, strategy.Example(strategy.LangEnglish), Options{}); !businessWords[strategy.LangEnglish].MatchString(md) {
		t.Errorf("Render(business example) has none of the business words; the test would find nothing")
	}
}

func TestUpgradeRendersTheSame(t *testing.T) {
	// A version 1 file and its upgrade render the same document.
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "v1", "*.yaml"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	files = append(files, more...)
	if len(files) < 4 {
		t.Fatalf("found %d version 1 files, want the examples and testdata/*.yaml", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		before, err := strategy.ParseDraft(f, data)
		if err != nil {
			t.Fatal(err)
		}
		out, changes, err := strategy.Upgrade(f, data)
		if err != nil || len(changes) == 0 {
			t.Fatalf("Upgrade(%s) = %d changes, %v; want a version 2 file", f, len(changes), err)
		}
		after, err := strategy.Parse(f, out)
		if err != nil {
			t.Fatalf("Parse(Upgrade(%s)) error = %v\n%s", f, err, out)
		}
		for _, lang := range strategy.Languages {
			opts := Options{Lang: lang, Checklist: true}
			if a, b := mustRender(t, before, opts), mustRender(t, after, opts); a != b {
				t.Errorf("Render(%s) and Render(Upgrade(%s)) differ in %s:\n%s\n---\n%s", f, f, lang, a, b)
			}
		}
	}
}

// TestHeadingsFollowABlankLine: in every document (the examples and the
// kinds' plans, in every language) a heading follows a blank line, so a
// table or list above it visibly ends there for a person reading the
// Markdown file itself, not only for a Markdown reader.
func TestHeadingsFollowABlankLine(t *testing.T) {
	plans := kindPlans(t)
	for _, lang := range strategy.Languages {
		plans["example_"+lang] = strategy.Example(lang)
	}
	for name, p := range plans {
		lines := strings.Split(mustRender(t, p, Options{Checklist: true}), "\n")
		for i := 1; i < len(lines); i++ {
			if strings.HasPrefix(lines[i], "#") && lines[i-1] != "" {
				t.Errorf("Render(%s) line %d: heading %q follows %q, want a blank line", name, i+1, lines[i], lines[i-1])
			}
		}
	}
}
