package tui

import (
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// businessWords are the words that make a page read as a company's; the
// same as the document's test in templates/kinds_test.go.
var businessWords = map[string]*regexp.Regexp{
	strategy.LangEnglish: regexp.MustCompile(`(?i)\bcustomers?\b|business plan|\bstaff\b|\bsales\b`),
	strategy.LangBokmal:  regexp.MustCompile(`(?i)kunde|forretningsplan|\bsalg\b`),
	strategy.LangNynorsk: regexp.MustCompile(`(?i)kund[ae]|forretningsplan|\bsal\b`),
}

// TestKindWordsOnPages: after the kind question, the pages of the quick
// path speak the kind's words. For every kind that is not a business, in
// every language, each page from presence to listening is opened (the
// purposes page with every purpose hovered in turn, so each purpose's hint
// under the form is read, and the measures page with every purpose
// chosen, so every measure is offered), and no business word may show.
func TestKindWordsOnPages(t *testing.T) {
	for _, kind := range strategy.KindIDs()[1:] {
		for _, lang := range strategy.Languages {
			t.Run(kind+"_"+lang, func(t *testing.T) {
				p := strategy.New(lang)
				p.Organisation.Name, p.Organisation.Kind = "Nordby", kind
				p.Presence = strategy.PresenceActive
				p.Channels = []strategy.Channel{{ID: "facebook", Purposes: strategy.PurposeIDs()}}
				m := New(p, Options{AnswersPath: "plan.yaml"})
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 50})
				look := func(where string) {
					t.Helper()
					if w := businessWords[lang].FindString(ansi.Strip(m.View().Content)); w != "" {
						t.Errorf("%s says %q:\n%s", where, w, ansi.Strip(m.View().Content))
					}
				}
				for _, pg := range []page{{kind: pagePresence}, {kind: pageChannelHow}, {kind: pageVoice},
					{kind: pageResponses}, {kind: pageIncident}, {kind: pageListening}} {
					settle(m, m.open(pg, ""))
					look(pageName(pg))
				}
				settle(m, m.open(page{kind: pageChannelWhat}, ""))
				for i := range strategy.Purposes {
					look("the purposes page, purpose " + strategy.Purposes[i].ID + " hovered")
					_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
					run(m, cmd)
				}
			})
		}
	}
}
