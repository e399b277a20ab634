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

// kindPlans loads the plans in testdata/kinds: one organisation of each
// kind that is not a business, in both languages.
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
	// English and bokmål; nynorsk shares bokmål's plans' shape and is
	// covered for the kinds' words by TestNoBusinessWords.
	plans := kindPlans(t)
	for _, kind := range strategy.KindIDs()[1:] {
		for _, lang := range []string{strategy.LangEnglish, strategy.LangBokmal} {
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
		// Nynorsk: the kind's own nynorsk plan where there is one, and the
		// bokmål plan rendered with the nynorsk template in any case, so
		// every kind's sections are proved in nynorsk.
		if p, ok := plans[kind+"_nn"]; ok {
			if p.Organisation.Kind != kind || p.Language != strategy.LangNynorsk {
				t.Errorf("testdata/kinds/%s_nn.yaml is a %s plan in %s", kind, p.Organisation.Kind, p.Language)
			}
			t.Run(kind+"_nn", func(t *testing.T) { golden.RequireEqual(t, mustRender(t, p, Options{})) })
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
