package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestLimitIsSaid: an answer that reaches the most characters its field
// takes says so, in the plan's language, and only then; a paste cut at
// the limit says how much did not fit.
func TestLimitIsSaid(t *testing.T) {
	for _, lang := range []string{"en", "nb"} {
		m := New(strategy.New(lang), Options{})
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		m.open(page{kind: pageOrganisation}, "")
		said := fmt.Sprintf(m.a.tr(text.AtLimit), maxLine)
		m.Update(tea.PasteMsg{Content: strings.Repeat("a", maxLine-1)})
		if got := ansi.Strip(m.View().Content); strings.Contains(got, said[:20]) {
			t.Errorf("%s: limit said one character short of it:\n%s", lang, got)
		}
		m.Update(tea.PasteMsg{Content: "bcd"})
		cut := fmt.Sprintf(m.a.tr(text.PasteCut), maxLine, 2)
		if got := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " "); !strings.Contains(got, cut) {
			t.Errorf("%s: cut paste not said (%q):\n%s", lang, cut, got)
		}
		m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
		if got := ansi.Strip(m.View().Content); !strings.Contains(got, said) {
			t.Errorf("%s: limit not said at %d characters:\n%s", lang, maxLine, got)
		}
		if n := len(m.a.plan.Organisation.Name); n != maxLine {
			t.Errorf("%s: name has %d characters, want %d", lang, n, maxLine)
		}
	}
}
