package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestStatus: the line under the page says the answers are saved once the
// answers file holds them, including a file the wizard resumed (a
// participant reconnecting to the workshop), and not before.
func TestStatus(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		opts    Options
		saved   bool
		saveErr error
		typed   bool // a key reached the open page
		want    string
	}{
		{"new file", "en", Options{AnswersPath: "plan.yaml"}, false, nil, false, "plan.yaml: not saved yet"},
		{"saved in this run", "en", Options{AnswersPath: "plan.yaml"}, true, nil, false, "✓ saved to plan.yaml"},
		{"resumed", "en", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, false, "✓ saved to plan.yaml"},
		{"resumed, bokmål", "nb", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, false, "✓ lagret i plan.yaml"},
		{"resumed, nynorsk", "nn", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, false, "✓ lagra i plan.yaml"},
		{"resumed, then a save failed", "en", Options{AnswersPath: "plan.yaml", Resume: true}, false, errors.New("disk full"), false, "could not save: disk full"},
		{"no answers file", "en", Options{}, false, nil, false, ""},
		{"typed on the page", "en", Options{AnswersPath: "plan.yaml"}, true, nil, true, "✓ saved to plan.yaml · this page is saved when you go on"},
		{"typed on the page, bokmål", "nb", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, true, "✓ lagret i plan.yaml · denne siden lagres når dere går videre"},
		{"typed on the page, nynorsk", "nn", Options{AnswersPath: "plan.yaml", Resume: true}, false, nil, true, "✓ lagra i plan.yaml · denne sida blir lagra når de går vidare"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := strategy.New(tt.lang)
			p.Organisation.Name = "Bakeriet"
			m := New(p, tt.opts)
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			m.saved, m.saveErr = tt.saved, tt.saveErr
			m.touched = tt.typed
			if got := strings.TrimSpace(ansi.Strip(m.status())); got != tt.want {
				t.Errorf("status() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStatusFitsTheWindow: in a window too narrow for it, the line says
// the answers are saved without what happens to the open page, rather than
// run off the edge.
func TestStatusFitsTheWindow(t *testing.T) {
	m := New(strategy.New("nb"), Options{AnswersPath: "socialstrategy.yaml", Resume: true})
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	m.touched = true
	if got := strings.TrimSpace(ansi.Strip(m.status())); got != "✓ lagret i socialstrategy.yaml" {
		t.Errorf("status() at 60 columns = %q", got)
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.touched = true
	if got := ansi.Strip(m.status()); !strings.Contains(got, "går videre") || ansi.StringWidth(got) > 98 {
		t.Errorf("status() at 100 columns = %q", got)
	}
}

// TestQuitSaysWhatIsSaved: the quit question says everything up to the
// page is saved only once the answers file holds something.
func TestQuitSaysWhatIsSaved(t *testing.T) {
	for _, tc := range []struct {
		name          string
		saved, resume bool
		want, notWant string
	}{
		{"nothing saved yet", false, false, "Nothing is saved yet", "Everything up to this page is saved"},
		{"saved in this run", true, false, "Everything up to this page is saved", "Nothing is saved yet"},
		{"resumed", false, true, "Everything up to this page is saved", "Nothing is saved yet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := New(strategy.New("en"), Options{AnswersPath: "plan.yaml", Resume: tc.resume})
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			m.saved = tc.saved
			got := strings.Join(strings.Fields(ansi.Strip(m.confirmView())), " ")
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.notWant) {
				t.Errorf("quit question:\n%s\nwant %q, not %q", got, tc.want, tc.notWant)
			}
		})
	}
}
