package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestPrepareShowsNothingAndLosesNothing builds the organisation page
// behind the welcome page and checks that the welcome page, the answers
// and what the answers file would say are as they were, and that enter
// then shows the same page a wizard that did not prepare shows, also
// when the window, the background or the language changed in between.
func TestPrepareShowsNothingAndLosesNothing(t *testing.T) {
	for _, tc := range []struct {
		name    string
		between func(m *Model)
	}{
		{"as built", func(*Model) {}},
		{"resized", func(m *Model) { m.Update(tea.WindowSizeMsg{Width: 90, Height: 30}) }},
		{"light background", func(m *Model) { m.Update(tea.BackgroundColorMsg{Color: background(false)}) }},
		{"bokmål", func(m *Model) {
			press(m, tea.KeyPressMsg{Code: tea.KeyDown})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain := New(strategy.New("en"), Options{})
			plain.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			m := New(strategy.New("en"), Options{})
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})

			before, yamlBefore := m.View().Content, mustMarshal(t, m.snapshot())
			m.Update(prepareMsg{})
			if m.ready == nil {
				t.Fatal("the organisation page was not built")
			}
			if got := m.View().Content; got != before {
				t.Errorf("the welcome page changed as the next page was built:\n%s\nwas\n%s", got, before)
			}
			if got := mustMarshal(t, m.snapshot()); got != yamlBefore {
				t.Errorf("the answers changed as the next page was built:\n%s\nwere\n%s", got, yamlBefore)
			}
			if m.a.visited[page{kind: pageOrganisation}] {
				t.Error("the organisation page counts as visited before it was shown")
			}

			tc.between(m)
			tc.between(plain)
			press(m, tea.KeyPressMsg{Code: tea.KeyEnter})
			press(plain, tea.KeyPressMsg{Code: tea.KeyEnter})
			if m.pg.kind != pageOrganisation {
				t.Fatalf("enter led to %v", m.pg)
			}
			if tc.name == "bokmål" && !strings.Contains(m.View().Content, "Hva heter dere?") {
				t.Errorf("after a change to bokmål, enter shows:\n%s", m.View().Content)
			}
			if got, want := m.View().Content, plain.View().Content; got != want {
				t.Errorf("the prepared page is drawn unlike one built on enter:\n%s\nwant\n%s", got, want)
			}
			if got, want := mustMarshal(t, m.snapshot()), mustMarshal(t, plain.snapshot()); got != want {
				t.Errorf("answers after enter differ from a wizard that did not prepare:\n%s\nwant\n%s", got, want)
			}
			for _, r := range "Bakeriet" {
				press(m, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			if got := m.a.plan.Organisation.Name; got != "Bakeriet" {
				t.Errorf("typed into the prepared page, the name is %q", got)
			}
			if m.ready != nil {
				t.Error("the built page is kept after it was shown")
			}
		})
	}
}

func mustMarshal(t *testing.T, p *strategy.Plan) string {
	t.Helper()
	b, err := strategy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// press gives m a message and the messages its commands bring at once.
func press(m *Model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	run(m, cmd)
}
