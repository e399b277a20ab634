package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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
			m.Update(PrepareMsg{})
			built := m.ready
			if built == nil {
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
			if shown := m.form == built.form; shown != (tc.name == "as built") {
				t.Errorf("the page built while the welcome page waited was shown: %v", shown)
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

// TestTypedLineInView types lines into the audiences box in a 60×20
// window, where the keys below the page take two lines once the box has
// focus: the line being typed stays on screen.
func TestTypedLineInView(t *testing.T) {
	m := New(strategy.New("en"), Options{Editor: true})
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	press(m, tea.KeyPressMsg{Code: tea.KeyEnter}) // the welcome page
	for _, k := range []string{"Rosa", "\r", "\r", "We bake.", "\r", "Families", "\r", "Tourists", "\r", "Hotels"} {
		if k == "\r" {
			press(m, tea.KeyPressMsg{Code: tea.KeyEnter})
			continue
		}
		for _, r := range k {
			press(m, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	if f := m.focusedSpec(); f == nil || f.key != "organisation.audiences" {
		t.Fatalf("typing went to %v, not the audiences", f)
	}
	if screen := ansi.Strip(m.View().Content); !strings.Contains(screen, "Hotels") {
		t.Errorf("the line being typed is not on screen:\n%s", screen)
	}
}

// TestEarlyEnterGoesOn: an enter the terminal sends as ctrl+j, as it does
// before the program has it in raw mode, leaves the welcome page in the
// language it shows instead of choosing the next one.
func TestEarlyEnterGoesOn(t *testing.T) {
	m := New(strategy.New("en"), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl})
	if m.a.lang() != strategy.LangEnglish {
		t.Errorf("ctrl+j on the welcome page chose %q", m.a.lang())
	}
	if m.pg.kind != pageOrganisation {
		t.Errorf("ctrl+j on the welcome page led to %v, not the organisation page", m.pg)
	}
	m = New(strategy.New("en"), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, tea.KeyPressMsg{Code: tea.KeyDown}) // down still moves the choice
	if m.a.lang() != strategy.LangBokmal {
		t.Errorf("down on the welcome page chose %q, not bokmål", m.a.lang())
	}
}
